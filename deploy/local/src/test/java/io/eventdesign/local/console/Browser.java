package io.eventdesign.local.console;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium, Debian's {@code chromium} driven through its {@code chromedriver} (both from
 * the operating system's packages: nothing is downloaded at run time; {@code .ci/run} installs them).
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("console.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
  /** Where screenshots go: target/ by default; {@code -Dconsole.screenshots=../../docs/console} refreshes the docs' pictures. */
  static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));

  final ChromeDriver driver;
  private final WebDriverWait wait;

  Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The console's browser tests need Debian's chromium and chromium-driver at "
          + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--disable-gpu", "--no-first-run", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    // views that follow progress re-render their parts: an element found a moment ago may be gone; look again
    wait.ignoring(StaleElementReferenceException.class);
  }

  /** A browser logged in to the console at {@code consoleUrl} as this person (through the authorization server's form). */
  static Browser loggedIn(String consoleUrl, String email, String password) {
    Browser browser = new Browser();
    browser.open(consoleUrl);
    browser.logIn(email, password);
    browser.withText("#who", email);
    return browser;
  }

  void open(String url) {
    driver.get(url);
  }

  /** The first element matching {@code css} once it is displayed. */
  WebElement shown(String css) {
    return until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
  }

  /** The first element matching {@code css} whose text contains {@code text}. */
  WebElement withText(String css, String text) {
    return until(d -> d.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text)).findFirst()
        .orElse(null));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Waits for {@code condition}; on a timeout, says where the browser was, what it showed and what its console logged. */
  <T> T until(Function<WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException e) {
      String body = driver.findElements(By.tagName("body")).stream().map(WebElement::getText).findFirst().orElse("");
      String logs = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
          .collect(Collectors.joining("\n"));
      throw new AssertionError("waited 30 s in vain at " + driver.getCurrentUrl() + "\npage:\n"
          + body.substring(0, Math.min(body.length(), 3000)) + "\nbrowser console:\n" + logs, e);
    }
  }

  /** Logs in at the authorization server's form (where the console sent the browser). */
  void logIn(String email, String password) {
    shown("input[name=username]").sendKeys(email);
    shown("input[name=password]").sendKeys(password);
    shown("button[type=submit]").click();
  }

  /** Forgets the console's token and the authorization server's session (a new person can log in). */
  void forgetEverything() {
    ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    driver.manage().deleteAllCookies();
  }

  String hash() {
    return (String) ((JavascriptExecutor) driver).executeScript("return location.hash");
  }

  /** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules). */
  List<String> seriousAccessibilityIssues() {
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    return results.getViolations().stream().filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
        .map(Browser::describe).toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).toList();
  }

  /** Saves a screenshot of the page as {@code name}.png. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}

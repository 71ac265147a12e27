package io.eventdesign.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.OnLocalSystem;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff console in a real headless Chromium against the whole local system: staff log in at the real
 * authorization server, watch an event arrive live after a REST command (and pause without losing any),
 * move through an aggregate's versions and instants, follow a saga across services; a customer is turned
 * away; axe-core finds no serious or critical accessibility issue on any view. Screenshots of the views go
 * to {@code target/console-screenshots} (or, with {@code -Dconsole.screenshots=...}, to the docs).
 */
class ConsoleBrowserTest extends OnLocalSystem {

  private static final JsonMapper json = JsonMapper.builder().build();

  private static Browser staffBrowser;
  private static Tokens.Person customer;
  private static HttpTestClient requests;
  private static HttpTestClient projections;
  private static String paidRequest;

  @BeforeAll
  static void aPaidRequestAndStaffLoggedIn() throws Exception {
    LocalLogins logins = new LocalLogins(system);
    customer = logins.newCustomer();
    requests = new HttpTestClient("http://localhost:" + system.requestServicePort(), customer.token());
    projections = new HttpTestClient("http://localhost:" + system.projectionServicePort(), logins.staff());
    paidRequest = newRequest("LOGO-CONSOLE-1");
    requests.put("/api/v1/requests/" + paidRequest + "/answers/brand-name", "{\"text\": \"Acme Rockets\"}", Map.of());
    requests.put("/api/v1/requests/" + paidRequest + "/answers/style", "{\"options\": [\"bold\"]}", Map.of());
    HttpResponse<String> submitted = requests.post("/api/v1/requests/" + paidRequest + "/submit",
        "{\"email\": \"console@example.com\"}", Map.of());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    Await.until("the request paid, on the read side", () -> {
      JsonNode row = read("/api/v1/requests/" + paidRequest);
      return row != null && row.path("status").asString().equals("PAID") && row.path("paymentStatus").asString().equals("SUCCEEDED");
    });

    staffBrowser = Browser.loggedIn(system.consoleUrl(), system.accounts().staffEmail(), system.accounts().staffPassword());
  }

  @AfterAll
  static void closeBrowser() {
    if (staffBrowser != null) {
      staffBrowser.close();
    }
  }

  @Test
  void anEventAppearsLiveAfterACommandAndPausingLosesNone() throws Exception {
    staffBrowser.open(system.consoleUrl() + "#/live");
    staffBrowser.withText(".live-status", "Live: following");

    String created = newRequest("LOGO-CONSOLE-LIVE");
    WebElement row = staffBrowser.shown("#live-rows tr[data-event-id]");
    assertThat(row.getText()).contains("request.created").contains(created);
    staffBrowser.screenshot("live-events");

    staffBrowser.shown("#pause").click();
    String whilePaused = newRequest("LOGO-CONSOLE-PAUSED");
    staffBrowser.withText(".counts", "1 new while paused");
    assertThat(staffBrowser.driver.getPageSource()).as("nothing shown while paused").doesNotContain(whilePaused);
    staffBrowser.shown("#pause").click();
    assertThat(staffBrowser.withText("#live-rows tr", whilePaused).getText()).contains("request.created");
    assertThat(staffBrowser.shown(".counts").getText()).startsWith("2 received").doesNotContain("gap");

    row.findElement(By.cssSelector("td:nth-child(3) a")).click();
    staffBrowser.shown("#versions li");
    assertThat(staffBrowser.hash()).isEqualTo("#/aggregates/request/" + created + "?version=1");
  }

  @Test
  void anAggregateThroughItsVersionsAndInstants() throws Exception {
    int versions = read("/api/v1/events/aggregates/request/" + paidRequest).size();
    staffBrowser.open(system.consoleUrl() + "#/aggregates/request/" + paidRequest);
    staffBrowser.until(d -> staffBrowser.all("#versions li").size() == versions);
    assertThat(staffBrowser.shown("#version-out").getText()).isEqualTo("v" + versions + " of " + versions);
    assertThat(staffBrowser.shown("#state tr[data-field=status]").getText()).contains("PAID");

    WebElement timeSlider = staffBrowser.shown("#time-slider");
    timeSlider.sendKeys(Keys.HOME);
    staffBrowser.withText("#version-out", "v1 of " + versions);
    assertThat(staffBrowser.hash()).contains("at=");
    assertThat(staffBrowser.shown("#state tr[data-field=status]").getText()).contains("DRAFT").contains("changed");
    assertThat(staffBrowser.shown("#state h2").getText()).isEqualTo("State after v1");

    timeSlider.sendKeys(Keys.END);
    staffBrowser.withText("#version-out", "v" + versions + " of " + versions);
    assertThat(staffBrowser.shown("#state tr.changed[data-field=status]").getText()).as("request.paid changed the status")
        .contains("PAID").contains("changed");

    new Select(staffBrowser.shown("#compare")).selectByValue("1");
    WebElement statusDiff = staffBrowser.shown("#diff tr[data-field=status]");
    assertThat(statusDiff.getText()).contains("DRAFT").contains("PAID");
    assertThat(staffBrowser.hash()).contains("compare=1");
    staffBrowser.screenshot("aggregate-timeline");

    // the address holds the view: opened again, it shows the same comparison
    String address = system.consoleUrl() + staffBrowser.hash();
    staffBrowser.open(system.consoleUrl() + "#/");
    staffBrowser.open(address);
    assertThat(staffBrowser.shown("#diff tr[data-field=status]").getText()).contains("DRAFT");
  }

  @Test
  void aSagaAcrossServicesCausesBeforeEffects() throws Exception {
    JsonNode submitted = read("/api/v1/events?aggregateId=" + paidRequest + "&eventType=request.submitted").get("items").get(0);
    JsonNode chain = read("/api/v1/events?correlationId=" + submitted.get("correlationId").asString()).get("items");
    staffBrowser.open(system.consoleUrl() + "#/sagas/" + submitted.get("correlationId").asString());
    staffBrowser.until(d -> staffBrowser.all("#saga li").size() == chain.size());
    List<String> steps = staffBrowser.all("#saga li").stream().map(WebElement::getText).toList();
    assertThat(steps.getFirst()).contains("request.submitted");
    assertThat(String.join("\n", steps)).contains("payment").contains("request.paid");
    List<String> order = new ArrayList<>();
    steps.forEach(step -> order.add(step.contains("request.paid") ? "paid" : step.contains("request.submitted") ? "submitted" : "other"));
    assertThat(order.indexOf("submitted")).isLessThan(order.indexOf("paid"));
    staffBrowser.screenshot("saga");

    staffBrowser.shown("#saga li a[href^='#/events/']").click();
    staffBrowser.shown("dl.facts");
    assertThat(staffBrowser.shown("h1").getText()).isEqualTo("request.submitted");
    staffBrowser.until(d -> staffBrowser.all("#processing tr[data-consumer]").size() == 2);
    assertThat(staffBrowser.shown("#processing tr[data-consumer=postgresql-sink]").getText()).contains("APPLIED");
    staffBrowser.screenshot("event");
  }

  @Test
  void aRowBesideTheFoldOfItsEventsWithADriftFlaggedByColumn() throws Exception {
    String request = newRequest("LOGO-CONSOLE-ROW");
    String rows = "/api/v1/events/aggregates/request/" + request + "/rows";
    Await.until("the request's row in sync", () -> {
      JsonNode check = read(rows);
      return check != null && check.get("rows").size() == 1 && check.get("rows").get(0).get("status").asString().equals("IN_SYNC");
    });
    JsonNode created = read("/api/v1/events/aggregates/request/" + request).get(0);
    staffBrowser.open(system.consoleUrl() + "#/aggregates/request/" + request);
    WebElement row = staffBrowser.shown("#rows article[data-table=design_request_states]");
    assertThat(row.getAttribute("data-status")).isEqualTo("IN_SYNC");
    assertThat(row.getText()).contains("last applied request.created at requests.events / " + created.get("partition").asInt()
        + " / " + created.get("offset").asLong());
    assertThat(staffBrowser.all("#rows tr.drifted")).isEmpty();

    try (Connection database = DriverManager.getConnection(system.postgresJdbcUrl(), "postgres", "")) {
      database.createStatement().executeUpdate("UPDATE design_request_states SET design_code = 'CHANGED-BY-HAND' WHERE id = '" + request + "'");
    }
    staffBrowser.open(system.consoleUrl() + "#/");
    staffBrowser.open(system.consoleUrl() + "#/aggregates/request/" + request);
    staffBrowser.shown("#rows article[data-status=DRIFTED]");
    WebElement drifted = staffBrowser.shown("#rows tr.drifted[data-column=design_code]");
    assertThat(drifted.getText()).contains("drift").contains("CHANGED-BY-HAND").contains("LOGO-CONSOLE-ROW");
    assertThat(staffBrowser.all("#rows tr.drifted")).hasSize(1);
    staffBrowser.driver.executeScript("document.getElementById('rows').scrollIntoView()");
    staffBrowser.screenshot("read-model-drift");

    // from the event to the rows it touched
    staffBrowser.open(system.consoleUrl() + "#/events/" + created.get("eventId").asString());
    assertThat(staffBrowser.shown("#touched tr[data-table=event_log]").getText()).contains("APPLIED");
    WebElement folded = staffBrowser.shown("#touched tr[data-table=design_request_states]");
    assertThat(folded.getText()).contains("APPLIED").contains("id=" + request);
    folded.findElement(By.cssSelector("a")).click();
    staffBrowser.shown("#rows article");
    assertThat(staffBrowser.hash()).isEqualTo("#/aggregates/request/" + request);
  }

  @Test
  void aBurstOfThousandsArrivesWithoutAGapAndAPauseBuffersItsSecondHalf() throws Exception {
    HttpTestClient agent = new HttpTestClient("http://localhost:" + system.requestServicePort(),
        new LocalLogins(system).tokens().clientCredentials(system.accounts().integrationClientId(),
            system.accounts().integrationClientSecret(), "events.write"));
    staffBrowser.open(system.consoleUrl() + "#/live?aggregateType=feed");
    staffBrowser.withText(".live-status", "Live: following");

    postProgress(agent, 0, BURST / 2);
    staffBrowser.until(d -> staffBrowser.shown(".counts").getText().startsWith(BURST / 2 + " received"));
    staffBrowser.shown("#pause").click();
    postProgress(agent, BURST / 2, BURST);
    staffBrowser.withText(".counts", BURST / 2 + " new while paused");
    staffBrowser.shown("#pause").click();
    staffBrowser.until(d -> staffBrowser.shown(".counts").getText().startsWith(BURST + " received"));
    assertThat(staffBrowser.shown(".counts").getText()).doesNotContain("gap");

    // the rows shown (the newest 500) chain back offset by offset on their partition: none skipped or repeated
    List<WebElement> rows = staffBrowser.all("#live-rows tr[data-offset]");
    assertThat(rows).hasSize(500);
    for (int i = 0; i < rows.size() - 1; i++) {
      String[] newer = rows.get(i).getAttribute("data-offset").split(" / ");
      String[] older = rows.get(i + 1).getAttribute("data-offset").split(" / ");
      assertThat(newer[1]).as("one source's feed is one partition").isEqualTo(older[1]);
      assertThat(rows.get(i).getAttribute("data-previous")).as("row " + i).isEqualTo(older[2]);
    }
    staffBrowser.screenshot("live-burst");
  }

  @Test
  void withTheDatabaseDownAViewSaysSoAndRecoversWhenItIsBack() throws Exception {
    system.stopPostgres();
    try {
      staffBrowser.open(system.consoleUrl() + "#/events");
      WebElement alert = staffBrowser.shown("main [role=alert]");
      assertThat(alert.getText()).contains("not available right now").contains("database");
      assertThat(staffBrowser.shown("main h1").getText()).isEqualTo("Event log");
      assertThat(staffBrowser.all("header nav a").stream().filter(WebElement::isDisplayed)).as("the console stays usable")
          .isNotEmpty();
      staffBrowser.screenshot("database-down");
      staffBrowser.open(system.consoleUrl() + "#/");
      assertThat(staffBrowser.shown("#services tr[data-service=payment-service]").getText()).as("the other services answer")
          .contains("UP");
      assertThat(staffBrowser.all("#services tr[data-service]")).hasSize(3);
    } finally {
      system.startPostgres();
    }
    Await.until("the event log readable again", () -> read("/api/v1/events?limit=1") != null);
    staffBrowser.open(system.consoleUrl() + "#/");
    staffBrowser.open(system.consoleUrl() + "#/events");
    staffBrowser.shown("tr[data-event-id]");
    assertThat(staffBrowser.all("main [role=alert]")).isEmpty();
  }

  private static final int BURST = 2000;

  /** Design progress reports {@code from} to {@code to} (exclusive), posted by 8 clients at once; each is recorded. */
  private static void postProgress(HttpTestClient agent, int from, int to) throws Exception {
    String request = java.util.UUID.randomUUID().toString();
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
      List<java.util.concurrent.Future<Integer>> posts = new ArrayList<>();
      for (int n = from; n < to; n++) {
        int percent = n % 101;
        String key = "burst-" + request + "-" + n;
        posts.add(pool.submit(() -> agent.post("/api/v1/events", "{\"eventType\":\"feed.design-progress-reported\","
            + "\"payload\":{\"requestId\":\"" + request + "\",\"stage\":\"DRAFTING\",\"percent\":" + percent + "}}",
            Map.of("Idempotency-Key", key)).statusCode()));
      }
      for (var post : posts) {
        assertThat(post.get()).isEqualTo(201);
      }
    }
  }

  @Test
  void everyViewIsAccessible() throws Exception {
    JsonNode event = read("/api/v1/events?aggregateId=" + paidRequest + "&limit=1").get("items").get(0);
    Map<String, String> views = Map.of(
        "overview", "#/", "live", "#/live", "event log", "#/events", "event", "#/events/" + event.get("eventId").asString(),
        "aggregate", "#/aggregates/request/" + paidRequest + "?compare=1", "saga", "#/sagas/" + event.get("correlationId").asString(),
        "contract", "#/contract/request.submitted");
    List<String> issues = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      staffBrowser.open(system.consoleUrl() + view.getValue());
      staffBrowser.until(d -> staffBrowser.all("main .loading").isEmpty() && !staffBrowser.all("main h1").isEmpty());
      staffBrowser.seriousAccessibilityIssues().forEach(issue -> issues.add(view.getKey() + ": " + issue));
      if (view.getKey().equals("overview") || view.getKey().equals("contract")) {
        staffBrowser.screenshot(view.getKey());
      }
    }
    assertThat(issues).isEmpty();
  }

  @Test
  void aCustomerCannotOpenTheConsole() {
    try (Browser browser = new Browser()) {
      browser.open(system.consoleUrl() + "#/live");
      browser.logIn(customer.email(), "a long test password");
      assertThat(browser.withText("main h1", "Staff only").isDisplayed()).isTrue();
      assertThat(browser.shown("main [role=alert]").getText()).contains("staff and administrators");
      assertThat(browser.all("header nav a").stream().noneMatch(WebElement::isDisplayed)).isTrue();
      assertThat(browser.all("#live-rows")).as("no view of the data was built").isEmpty();
    }
  }

  private static String newRequest(String designCode) {
    HttpResponse<String> created = requests.post("/api/v1/requests",
        "{\"productId\": \"logo\", \"designCode\": \"" + designCode + "\"}", Map.of());
    assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
    return json.readTree(created.body()).get("id").asString();
  }

  private static JsonNode read(String path) {
    HttpResponse<String> response = projections.get(path);
    return response.statusCode() == 200 ? json.readTree(response.body()) : null;
  }
}

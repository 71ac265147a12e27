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
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's admin views in a real headless Chromium on the whole local system: a record PostgreSQL
 * refuses is parked, shown in its group, and re-published after the fix (a second retry is a no-op); a
 * rebuild needs a reason and the table's name typed, and is followed to the end; every action is in the
 * audit with its reason; staff see no action controls and the API refuses them; axe-core on every view.
 */
class ConsoleAdminBrowserTest extends OnLocalSystem {

  private static final JsonMapper json = JsonMapper.builder().build();
  private static final String CONSTRAINT = "console_test_refuses";

  private static Browser admin;
  private static LocalLogins logins;
  private static HttpTestClient users;
  private static HttpTestClient projections;

  @BeforeAll
  static void adminLoggedIn() {
    logins = new LocalLogins(system);
    String adminToken = logins.admin();
    users = new HttpTestClient("http://localhost:" + system.userServicePort(), adminToken);
    projections = new HttpTestClient("http://localhost:" + system.projectionServicePort(), adminToken);
    admin = Browser.loggedIn(system.consoleUrl(), system.accounts().adminEmail(), system.accounts().adminPassword());
  }

  @AfterAll
  static void closeBrowser() {
    if (admin != null) {
      admin.close();
    }
  }

  @Test
  void aParkedRecordIsShownInItsGroupAndRepublishedAfterTheFix() throws Exception {
    Tokens.Person customer = logins.newCustomer();
    Await.until("the customer's row", () -> projections.get("/api/v1/users/" + customer.userId()).statusCode() == 200);
    try (Connection database = DriverManager.getConnection(system.postgresJdbcUrl(), "postgres", "")) {
      database.createStatement().execute("ALTER TABLE users ADD CONSTRAINT " + CONSTRAINT
          + " CHECK (last_name IS DISTINCT FROM 'Refused')");
      try {
        HttpResponse<String> current = users.get("/api/v1/users/" + customer.userId());
        HttpResponse<String> updated = users.put("/api/v1/users/" + customer.userId() + "/profile",
            "{\"firstName\": \"Cara\", \"lastName\": \"Refused\"}", Map.of("If-Match", current.headers().firstValue("ETag").orElseThrow()));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        Await.until("the refused row parked", () -> projections.get("/api/v1/admin/dead-letters?key=" + customer.userId()).body()
            .contains(CONSTRAINT));

        admin.open(system.consoleUrl() + "#/dead-letters");
        WebElement row = admin.withText("tr[data-parked]", customer.userId());
        assertThat(row.getText()).contains("postgresql-sink").contains(CONSTRAINT).as("no row values in the reason")
            .doesNotContain("Failing row");
        assertThat(admin.shown("section.group h2").getText()).contains(CONSTRAINT);
        row.findElement(org.openqa.selenium.By.cssSelector("details.inspect summary")).click();
        assertThat(admin.withText("tr[data-parked] details.inspect", "Held by").getText()).as("the original bytes, decoded")
            .contains("postgresql-sink").contains("decodes as").contains("Refused").doesNotContain("no longer on its topic");
        assertThat(admin.shown("tr[data-parked] details.inspect table.headers tr[data-header=event-type]").getText())
            .as("the record's Kafka headers, from its topic").contains("user.profile-updated");
        assertThat(admin.seriousAccessibilityIssues()).isEmpty();
        admin.screenshot("dead-letters");
      } finally {
        database.createStatement().execute("ALTER TABLE users DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
      }
    }

    admin.withText("tr[data-parked]", customer.userId()).findElement(org.openqa.selenium.By.cssSelector("button.retry")).click();
    WebElement submit = admin.shown("dialog[open] button[type=submit]");
    assertThat(submit.isEnabled()).as("no reason, no action").isFalse();
    admin.shown("dialog[open] textarea").sendKeys("the check constraint was dropped");
    submit.click();
    assertThat(admin.withText("#outcome", "re-applied").getText()).contains("re-applied 1, still parked 0");
    admin.withText("main", "Nothing is parked");
    Await.until("the refused change on the read side", () -> json.readTree(projections.get("/api/v1/users/" + customer.userId())
        .body()).path("lastName").asString().equals("Refused"));

    // safely repeatable: a second retry finds nothing parked
    HttpResponse<String> again = projections.post("/api/v1/admin/dead-letters/republish?reason=again", null, Map.of());
    assertThat(json.readTree(again.body()).get("postgresqlSink").get("republished").asInt()).isZero();

    admin.open(system.consoleUrl() + "#/audit");
    WebElement entry = admin.withText("#audit tr[data-action='dead-letters.republish']", "the check constraint was dropped");
    assertThat(entry.getText()).contains("users.state key " + customer.userId()).contains("SUCCEEDED");
    assertThat(admin.seriousAccessibilityIssues()).isEmpty();
    admin.screenshot("audit");
  }

  @Test
  void aRebuildNeedsAReasonAndTheTablesNameAndIsFollowedToTheEnd() throws Exception {
    admin.open(system.consoleUrl() + "#/rebuilds");
    WebElement button = admin.shown("tr[data-table=users] button.rebuild");
    button.click();
    WebElement submit = admin.shown("dialog[open] button[type=submit]");
    admin.shown("dialog[open] textarea").sendKeys("verifying the table against its topics");
    assertThat(submit.isEnabled()).as("the table's name is not typed yet").isFalse();
    assertThat(admin.seriousAccessibilityIssues()).as("the dialog").isEmpty();
    admin.shown("dialog[open] input[name=confirm]").sendKeys("user");
    assertThat(submit.isEnabled()).isFalse();
    admin.shown("dialog[open] input[name=confirm]").sendKeys("s");
    submit.click();

    List<String> seen = new ArrayList<>();
    admin.until(d -> {
      String text = admin.shown("tr[data-table=users]").getText();
      seen.add(text.split("\n")[0]);
      return text.contains("COMPLETED") || text.contains("FAILED");
    });
    WebElement row = admin.shown("tr[data-table=users]");
    assertThat(row.getText()).contains("COMPLETED").contains("100 %");
    assertThat(row.findElement(org.openqa.selenium.By.cssSelector("progress")).getAttribute("value")).isEqualTo("100");
    assertThat(admin.withText("ol.history li", "verifying the table against its topics").getText()).contains("users");
    assertThat(admin.seriousAccessibilityIssues()).isEmpty();
    admin.screenshot("rebuilds");
  }

  @Test
  void aReplayOfOneAggregateIsPreviewedThenStartedAndFollowedToTheEnd() throws Exception {
    Tokens.Person customer = logins.newCustomer();
    int events = Await.until("the customer's events in the log", () -> java.util.Optional.of(
        json.readTree(projections.get("/api/v1/events/aggregates/user/" + customer.userId()).body()))
        .filter(JsonNode::isArray).map(JsonNode::size).filter(n -> n > 0));
    admin.open(system.consoleUrl() + "#/replays");
    new org.openqa.selenium.support.ui.Select(admin.shown("#replay-form select[name=aggregateType]")).selectByValue("user");
    admin.shown("#replay-form input[name=aggregateId]").sendKeys(customer.userId());
    admin.driver.executeScript("arguments[0].value = '2099-01-01T00:00:00'", admin.shown("#replay-form input[name=to]"));
    String target = "replay.console-" + System.nanoTime();
    WebElement topic = admin.shown("#replay-form input[name=targetTopic]");
    topic.clear();
    topic.sendKeys(target);
    admin.shown("#replay-form button[type=submit]").click();

    assertThat(admin.withText("#preview", "Matching events").getText()).contains("Matching events (event log)\n" + events)
        .contains("users.events");
    assertThat(admin.seriousAccessibilityIssues()).isEmpty();
    admin.shown("#start-replay").click();
    admin.shown("dialog[open] textarea").sendKeys("support asked for this person's history");
    WebElement submit = admin.shown("dialog[open] button[type=submit]");
    assertThat(submit.isEnabled()).as("the target is not typed yet").isFalse();
    admin.shown("dialog[open] input[name=confirm]").sendKeys(target);
    submit.click();

    admin.withText("#replay-state", "COMPLETED");
    assertThat(admin.shown("#replay-progress").getText()).contains("Re-delivered events\n" + events);
    admin.screenshot("replays");
    admin.open(system.consoleUrl() + "#/audit");
    assertThat(admin.withText("#audit tr[data-action=replay]", "support asked").getText()).contains(target);
  }

  @Test
  void staffSeeNoActionControlsAndTheApiRefusesThem() {
    try (Browser staff = Browser.loggedIn(system.consoleUrl(), system.accounts().staffEmail(), system.accounts().staffPassword())) {
      assertThat(staff.all("header nav a[data-admin]")).isNotEmpty().noneMatch(WebElement::isDisplayed);
      for (String view : List.of("#/dead-letters", "#/rebuilds", "#/audit", "#/replays")) {
        staff.open(system.consoleUrl() + view);
        staff.withText("main .failure", "Not allowed");
        assertThat(staff.all("button.retry, button.discard, button.rebuild, #retry-all")).as(view).isEmpty();
      }
    }
    HttpTestClient asStaff = projections.as(logins.staff());
    assertThat(asStaff.post("/api/v1/admin/dead-letters/republish?reason=x", null, Map.of()).statusCode()).isEqualTo(403);
    assertThat(asStaff.post("/api/v1/admin/projections/users/rebuild?reason=x", null, Map.of()).statusCode()).isEqualTo(403);
  }
}

package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.user.IdentityFixture;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A read model's row against the events it was folded from, on the shared broker and PostgreSQL: in sync
 * after the sink wrote it; a cell changed behind the projection's back flagged by column; a row claiming a
 * version the log does not hold unverifiable; an event's rows; bad ids and customers refused.
 */
class RowChecksIntegrationTest extends RunningProjectionService {

  @Test
  void aRowChangedBehindTheProjectionsBackIsFlaggedByTheColumnThatDiffers() {
    String id = json.readTree(registrar.post("/api/v1/users", "{\"email\": \"rows-%s@example.com\", \"firstName\": \"Row\", \"lastName\": \"Check\"}"
        .formatted(UUID.randomUUID()), Map.of()).body()).get("id").asString();
    String path = "/api/v1/events/aggregates/user/" + id + "/rows";

    JsonNode inSync = awaitJson(path, rows -> rows.get("rows").size() == 1 && "IN_SYNC".equals(rows.get("rows").get(0).get("status").asString())).get("rows").get(0);
    assertThat(inSync.get("table").asString()).isEqualTo("users");
    assertThat(inSync.get("expected")).isEqualTo(inSync.get("row"));
    assertThat(inSync.get("row").get("display_name").asString()).isEqualTo("Row Check");
    JsonNode feed = inSync.get("feeds").get(0);
    assertThat(feed.get("rowVersion").asLong()).isOne();
    assertThat(feed.get("latestVersion").asLong()).isOne();
    assertThat(feed.get("lastApplied").get("eventType").asString()).isEqualTo("user.registered");
    assertThat(feed.get("lastApplied").get("topic").asString()).isEqualTo("users.events");

    try {
      rowChangedByHand(id, path);
    } finally {
      // the tables are shared with the other test classes (one rebuilds them and compares): a new state puts
      // the row back as the events say
      jdbc.update("DELETE FROM users WHERE id = ?", id);
      users.post("/api/v1/users/" + id + "/activate", null, Map.of());
      awaitJson(path, rows -> "IN_SYNC".equals(rows.get("rows").get(0).get("status").asString()));
    }
  }

  private void rowChangedByHand(String id, String path) {
    jdbc.update("UPDATE users SET company = 'Changed by hand', last_name = 'Edited' WHERE id = ?", id);
    JsonNode drifted = json.readTree(projections.get(path).body()).get("rows").get(0);
    assertThat(drifted.get("status").asString()).isEqualTo("DRIFTED");
    assertThat(drifted.get("driftedColumns")).extracting(JsonNode::asString).containsExactlyInAnyOrder("company", "last_name");
    assertThat(drifted.get("row").get("last_name").asString()).isEqualTo("Edited");
    assertThat(drifted.get("expected").get("last_name").asString()).isEqualTo("Check");

    jdbc.update("UPDATE users SET version = 99 WHERE id = ?", id);
    assertThat(json.readTree(projections.get(path).body()).get("rows").get(0).get("status").asString()).isEqualTo("UNVERIFIABLE");

    jdbc.update("DELETE FROM users WHERE id = ?", id);
    assertThat(json.readTree(projections.get(path).body()).get("rows").get(0).get("status").asString()).isEqualTo("MISSING");
  }

  @Test
  void anEventShowsTheRowsItWroteAndTheRowsFoldedFromIt() {
    String id = json.readTree(registrar.post("/api/v1/users", "{\"email\": \"touched-%s@example.com\", \"firstName\": \"T\", \"lastName\": \"R\"}"
        .formatted(UUID.randomUUID()), Map.of()).body()).get("id").asString();
    JsonNode event = awaitJson("/api/v1/events/aggregates/user/" + id, events -> events.size() == 1).get(0);
    String path = "/api/v1/events/" + event.get("eventId").asString() + "/rows";

    JsonNode rows = awaitJson(path, r -> r.get("rows").findValues("applied").stream().allMatch(JsonNode::asBoolean)
        && r.get("rows").size() == 2).get("rows");
    assertThat(rows.findValuesAsString("table")).containsExactly("event_log", "users");
    assertThat(rows.findValuesAsString("relation")).containsExactly("WRITTEN", "FOLDED");
    assertThat(rows.get(0).get("key").get("kafka_offset").asLong()).isEqualTo(event.get("offset").asLong());
    assertThat(rows.get(1).get("key").get("id").asString()).isEqualTo(id);
    assertThat(rows.get(1).get("rowVersion").asLong()).isOne();
  }

  @Test
  void unknownAggregatesAndEventsAreNotFoundAndCustomersMayNotLook() {
    assertThat(projections.get("/api/v1/events/aggregates/user/" + UUID.randomUUID() + "/rows").statusCode()).isEqualTo(404);
    assertThat(projections.get("/api/v1/events/" + UUID.randomUUID() + "/rows").statusCode()).isEqualTo(404);
    assertThat(projections.get("/api/v1/events/aggregates/nothing/x/rows").statusCode()).isEqualTo(404);
    HttpTestClient customer = projectionsAs(IdentityFixture.shared().newCustomer().token());
    assertThat(customer.get("/api/v1/events/aggregates/user/" + UUID.randomUUID() + "/rows").statusCode()).isEqualTo(403);
    assertThat(customer.get("/api/v1/events/" + UUID.randomUUID() + "/rows").statusCode()).isEqualTo(403);
  }
}

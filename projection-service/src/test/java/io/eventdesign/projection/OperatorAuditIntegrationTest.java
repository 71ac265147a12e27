package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.user.IdentityFixture;
import java.net.http.HttpResponse;
import io.eventdesign.infra.testing.Await;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operator action needs a reason and leaves an audit entry (who, what, parameters, why, what it
 * answered); an action without a reason does not run, and a refused one changed nothing and leaves no entry;
 * only admins read the audit.
 */
class OperatorAuditIntegrationTest extends RunningProjectionService {

  private JsonNode newest(String action) {
    return json.readTree(projections.get("/api/v1/admin/audit?limit=1&action=" + action).body()).get("items").get(0);
  }

  private long count() {
    return jdbc.queryForObject("SELECT count(*) FROM operator_audit", Long.class);
  }

  @Test
  void anActionWithoutAReasonIsRefusedAndRecordsNothing() {
    long before = count();
    HttpResponse<String> refused = projections.post("/api/v1/admin/dead-letters/republish?topic=users.events", null, Map.of());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("errors").get(0).get("field").asString()).isEqualTo("reason");
    assertThat(projections.post("/api/v1/admin/dead-letters/republish?reason=%20%20", null, Map.of()).statusCode()).isEqualTo(400);
    assertThat(projections.post("/api/v1/admin/projections/users/rebuild?reason=" + "x".repeat(501), null, Map.of()).statusCode())
        .isEqualTo(400);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aRepublishIsRecordedWithWhoWhatWhyAndItsResult() {
    HttpResponse<String> done = projections.post("/api/v1/admin/dead-letters/republish?topic=users.events&key=nobody"
        + "&reason=after%20the%20fix%20of%20issue%2042", null, Map.of());
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

    JsonNode entry = newest("dead-letters.republish");
    assertThat(entry.get("actor").asString()).startsWith("user:");
    assertThat(entry.get("target").asString()).isEqualTo("users.events key nobody");
    assertThat(entry.get("parameters").get("topic").asString()).isEqualTo("users.events");
    assertThat(entry.get("reason").asString()).isEqualTo("after the fix of issue 42");
    assertThat(entry.get("outcome").asString()).isEqualTo("SUCCEEDED");
    assertThat(entry.get("result").get("postgresqlSink").get("republished").asInt()).isZero();
  }

  @Test
  void aRefusedActionChangedNothingAndLeavesNoEntry() {
    long before = count();
    // 503 with Retry-After while the state topologies (which hold parked records too) start: retried as a client would
    HttpResponse<String> missing = Await.until("an answer other than not-ready", () -> Optional.of(
        projections.post("/api/v1/admin/dead-letters/discard?topic=users.events&key=nobody&partition=0&offset=999999999"
            + "&reason=cleanup", null, Map.of())).filter(r -> r.statusCode() != 503));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(projections.post("/api/v1/admin/projections/nonsense/rebuild?reason=test", null, Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void onlyAdminsReadTheAuditAndItsFiltersAreChecked() {
    assertThat(projectionsAs(IdentityFixture.shared().staff()).get("/api/v1/admin/audit").statusCode()).isEqualTo(403);
    assertThat(projections.get("/api/v1/admin/audit?action=nope").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/admin/audit?limit=0").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/admin/audit").statusCode()).isEqualTo(200);
  }
}

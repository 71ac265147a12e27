package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.user.IdentityFixture;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.payment.PaymentServiceApplication;
import io.eventdesign.payment.provider.WebhookSecret;
import io.eventdesign.request.RequestServiceApplication;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole design-request saga on a real broker and PostgreSQL: request-service, payment-service
 * with the simulated provider and its signed webhooks, and projection-service's table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=" + ProjectionServiceApplication.CONFIG_NAME,
        "eventdesign.projections.rebuild-max-events-per-second=40"})
class DesignRequestSagaIntegrationTest {

  private static ConfigurableApplicationContext requestService;
  private static ConfigurableApplicationContext paymentService;
  private static HttpTestClient requests;
  private static HttpTestClient staffRequests;
  private static HttpTestClient payments;

  /** One id per test class run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "projection-saga-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("projection-saga").toString());
    registry.add("eventdesign.projections.sink-group", () -> "projection-sink-it-" + RUN);
    registry.add("spring.datasource.url", () -> SharedInfrastructure.postgres().jdbcUrl());
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.shared().issuer());
  }

  private static final String WEBHOOK_SECRET = WebhookSecret.generate();

  private static String[] serviceArgs(String name) {
    return new String[] {"--server.port=0",
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=" + name + "-saga-it-" + UUID.randomUUID(),
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir(name),
        // a fresh application id over topics other test classes may have written to
        "--eventdesign.rerun-retained-commands=true",
        "--eventdesign.payments.webhook-secret=" + WEBHOOK_SECRET,
        "--eventdesign.security.issuer-uri=" + IdentityFixture.shared().issuer()};
  }

  @BeforeAll
  static void startServices() {
    requestService = RequestServiceApplication.run(serviceArgs("request-service"));
    paymentService = PaymentServiceApplication.run(serviceArgs("payment-service"));
    // a customer owns the requests and pays; staff run the design work
    String customer = IdentityFixture.shared().newCustomer().token();
    requests = new HttpTestClient("http://localhost:" + requestService.getEnvironment().getProperty("local.server.port"), customer);
    staffRequests = requests.as(IdentityFixture.shared().staff());
    payments = new HttpTestClient("http://localhost:" + paymentService.getEnvironment().getProperty("local.server.port"), customer);
  }

  @AfterAll
  static void stopServices() {
    paymentService.close();
    requestService.close();
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private HttpTestClient projections;
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void client() {
    projections = new HttpTestClient("http://localhost:" + port, IdentityFixture.shared().admin());
  }

  private JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return json.readTree(response.body());
  }

  /** A logo request with every required question answered, brand name answered twice. */
  private String answeredLogoRequest() {
    String id = ok(requests.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"LOGO-SAGA-1\"}", Map.of()))
        .get("id").asString();
    ok(requests.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme\"}", Map.of()));
    ok(requests.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme Rockets\"}", Map.of()));
    ok(requests.put("/api/v1/requests/" + id + "/answers/style", "{\"options\": [\"bold\", \"minimal\"]}", Map.of()));
    return id;
  }

  private JsonNode submit(String id, String token, Map<String, String> headers) {
    String body = token == null ? "{\"email\": \"buyer@example.com\"}"
        : "{\"email\": \"buyer@example.com\", \"paymentMethodToken\": \"" + token + "\"}";
    return ok(requests.post("/api/v1/requests/" + id + "/submit", body, headers));
  }

  private JsonNode awaitRequest(String id, Predicate<JsonNode> done) {
    return Await.until("request " + id, () -> Optional.of(requests.get("/api/v1/requests/" + id))
        .filter(r -> r.statusCode() == 200).map(r -> json.readTree(r.body())).filter(done));
  }

  private JsonNode awaitRow(String id, Predicate<JsonNode> done) {
    return Await.until("design_request_states row " + id, () -> Optional.of(projections.get("/api/v1/requests/" + id))
        .filter(r -> r.statusCode() == 200).map(r -> json.readTree(r.body())).filter(done));
  }

  private static Predicate<JsonNode> field(String name, String value) {
    return node -> node.hasNonNull(name) && node.get(name).asString().equals(value);
  }

  @Test
  void happyPathFromQuestionnaireToFinishedDesign() {
    String id = answeredLogoRequest();
    submit(id, null, Map.of());
    awaitRequest(id, field("status", "PAID"));
    ok(staffRequests.post("/api/v1/requests/" + id + "/design/start", null, Map.of()));
    ok(staffRequests.post("/api/v1/requests/" + id + "/design/complete", "{\"resultUrl\": \"https://files.example/logo.svg\"}", Map.of()));

    JsonNode row = awaitRow(id, field("status", "DESIGN_COMPLETED").and(field("paymentStatus", "SUCCEEDED")));

    assertThat(row.get("email").asString()).isEqualTo("buyer@example.com");
    assertThat(row.get("designCode").asString()).isEqualTo("LOGO-SAGA-1");
    assertThat(row.get("productId").asString()).isEqualTo("logo");
    assertThat(row.get("productName").asString()).isEqualTo("Logo design");
    assertThat(row.get("totalAmount").asLong()).isEqualTo(14900);
    assertThat(row.get("currency").asString()).isEqualTo("EUR");
    assertThat(row.get("providerIntentId").asString()).startsWith("pi_sim_");
    assertThat(row.get("fee").asLong()).isEqualTo(457);
    assertThat(row.get("netAmount").asLong()).isEqualTo(14443);
    assertThat(row.get("method").asString()).isEqualTo("card");
    assertThat(row.get("paymentAttempts").asInt()).isEqualTo(1);
    assertThat(row.get("failureCode").isNull()).isTrue();
    assertThat(row.get("failureReason").isNull()).isTrue();
    assertThat(row.hasNonNull("lastAttemptAt")).isTrue();
    assertThat(row.hasNonNull("confirmedAt")).isTrue();
    assertThat(row.get("resultUrl").asString()).isEqualTo("https://files.example/logo.svg");
    assertThat(row.get("version").asLong()).isEqualTo(8);

    JsonNode current = json.readTree(projections.get("/api/v1/requests/" + id + "/answers").body());
    JsonNode history = json.readTree(projections.get("/api/v1/requests/" + id + "/answers?history=true").body());
    assertThat(current.findValuesAsString("questionId")).containsExactly("brand-name", "style");
    assertThat(current.get(0).get("version").asInt()).isEqualTo(2);
    assertThat(current.get(0).get("text").asString()).isEqualTo("Acme Rockets");
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("current").asBoolean()).isFalse();
    assertThat(history.get(1).get("current").asBoolean()).isTrue();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM design_request_states WHERE id = ?", Long.class, id)).isOne();

    // the row equals the fold of the request's and its payment's events, joined as the topology joins them
    JsonNode check = Await.until("the row in sync", () -> Optional.of(projections.get("/api/v1/events/aggregates/request/" + id + "/rows"))
        .filter(r -> r.statusCode() == 200).map(r -> json.readTree(r.body()).get("rows").get(0))
        .filter(field("status", "IN_SYNC")));
    assertThat(check.get("table").asString()).isEqualTo("design_request_states");
    assertThat(check.get("driftedColumns")).isEmpty();
    assertThat(check.get("expected")).isEqualTo(check.get("row"));
    assertThat(check.get("feeds").findValuesAsString("aggregateType")).containsExactly("request", "payment");
    assertThat(check.get("feeds").get(0).get("rowVersion").asLong()).isEqualTo(8);
    assertThat(check.get("feeds").get(0).get("lastApplied").get("eventType").asString()).isEqualTo("request.design-completed");
    assertThat(check.get("feeds").get(1).get("rowVersion").asLong()).isPositive();

    // an answer's event wrote its answer row and its log row, and is folded into the request's row
    String answerEvent = json.readTree(projections.get("/api/v1/events/aggregates/request/" + id).body()).findParents("eventType")
        .stream().filter(field("eventType", "request.answer-recorded")).findFirst().orElseThrow().get("eventId").asString();
    JsonNode touched = ok(projections.get("/api/v1/events/" + answerEvent + "/rows")).get("rows");
    assertThat(touched.findValuesAsString("table")).containsExactlyInAnyOrder("event_log", "design_request_answers", "design_request_states");
    assertThat(touched.findValues("applied")).allSatisfy(applied -> assertThat(applied.asBoolean()).isTrue());
    JsonNode answerRow = touched.findParents("table").stream().filter(field("table", "design_request_answers")).findFirst().orElseThrow();
    assertThat(answerRow.get("key").get("question_id").asString()).isEqualTo("brand-name");
  }

  @Test
  void aDeclinedPaymentIsRecordedAndARetrySucceeds() {
    String id = answeredLogoRequest();
    submit(id, "tok_fail_first_card_declined", Map.of());
    JsonNode failed = awaitRequest(id, r -> r.hasNonNull("lastPaymentFailure"));
    assertThat(failed.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(failed.get("lastPaymentFailure").get("code").asString()).isEqualTo("card_declined");
    String paymentId = json.readTree(payments.get("/api/v1/payments?requestId=" + id).body()).get(0).get("id").asString();
    assertThat(failed.get("paymentId").asString()).isEqualTo(paymentId);

    ok(payments.post("/api/v1/payments/" + paymentId + "/retry", null, Map.of()));

    JsonNode row = awaitRow(id, field("status", "PAID").and(field("paymentStatus", "SUCCEEDED")));
    assertThat(row.get("paymentAttempts").asInt()).isEqualTo(2);
    assertThat(row.get("failureCode").asString()).isEqualTo("card_declined");
    assertThat(row.get("failureReason").asString()).isEqualTo("Simulated decline: card declined");
    assertThat(row.hasNonNull("confirmedAt")).isTrue();
  }

  @Test
  void cancellingAPaidRequestRefundsThePayment() {
    String id = answeredLogoRequest();
    submit(id, null, Map.of());
    awaitRequest(id, field("status", "PAID"));

    ok(requests.post("/api/v1/requests/" + id + "/cancel", "{\"reason\": \"no longer needed\"}", Map.of()));

    JsonNode row = awaitRow(id, field("status", "CANCELLED").and(field("paymentStatus", "REFUNDED")));
    assertThat(row.get("refundedAmount").asLong()).isEqualTo(14900);
    assertThat(row.get("cancelReason").asString()).isEqualTo("no longer needed");
    JsonNode request = awaitRequest(id, r -> r.get("refundedAmount").asLong() == 14900);
    assertThat(request.get("status").asString()).isEqualTo("CANCELLED");
    HttpResponse<String> tooLate = staffRequests.post("/api/v1/requests/" + id + "/design/start", null, Map.of());
    assertThat(tooLate.statusCode()).isEqualTo(409);
    assertThat(json.readTree(tooLate.body()).get("currentStatus").asString()).isEqualTo("CANCELLED");
  }

  @Test
  void aSubmitRetriedWithTheSameIdempotencyKeyCreatesOnePayment() {
    String id = answeredLogoRequest();
    Map<String, String> key = Map.of("Idempotency-Key", "submit-" + id);

    JsonNode first = submit(id, null, key);
    JsonNode again = submit(id, null, key);

    assertThat(again).isEqualTo(first);
    JsonNode paid = awaitRow(id, field("paymentStatus", "SUCCEEDED"));
    String paymentId = paid.get("paymentId").asString();
    SingleObjectCodec codec = new SingleObjectCodec();
    List<String> paymentEvents = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(),
            Topics.PAYMENTS_EVENTS.name()).stream()
        .filter(r -> paymentId.equals(r.key()))
        .map(r -> ((DecodeResult.Decoded) codec.decode(r.value())).type().name()).toList();
    assertThat(paymentEvents).containsOnlyOnce("payment.requested").containsOnlyOnce("payment.succeeded");
  }

  // --- the event log over the same flow ---

  private JsonNode paidRequestWithCorrelation(String correlationId) {
    String id = answeredLogoRequest();
    submit(id, null, Map.of("X-Correlation-Id", correlationId));
    awaitRow(id, field("status", "PAID").and(field("paymentStatus", "SUCCEEDED")));
    return awaitRequest(id, field("status", "PAID"));
  }

  @Test
  void aSubmissionsWholeSagaSharesItsCorrelationIdAndComesBackInCausalOrder() {
    String correlation = "saga-" + UUID.randomUUID();
    paidRequestWithCorrelation(correlation);

    JsonNode chain = Await.until("the whole chain in the event log", () -> Optional.of(
            json.readTree(projections.get("/api/v1/events?correlationId=" + correlation).body()))
        .filter(page -> page.get("items").findValuesAsString("eventType").contains("request.paid")));

    List<String> types = chain.get("items").findValuesAsString("eventType");
    assertThat(types).containsExactly("request.submitted", "payment.requested", "payment.intent-created",
        "payment.succeeded", "request.paid");
    JsonNode items = chain.get("items");
    assertThat(items.get(1).get("causationId").asString()).isEqualTo(items.get(0).get("eventId").asString());
    assertThat(items.get(2).get("causationId").asString()).isEqualTo(items.get(1).get("eventId").asString());
    assertThat(items.get(4).get("causationId").asString()).isEqualTo(items.get(3).get("eventId").asString());
    assertThat(items.findValuesAsString("correlationId")).containsOnly(correlation);
  }

  @Test
  void stateAsOfAnInstantFoldsTheLogAndAsOfNowEqualsTheLiveRow() {
    String id = answeredLogoRequest();
    JsonNode draft = awaitRow(id, r -> r.get("version").asLong() == 4);
    String beforeSubmit = java.time.Instant.now().toString();
    submit(id, null, Map.of());
    JsonNode live = awaitRow(id, field("status", "PAID").and(field("paymentStatus", "SUCCEEDED")));
    Await.until("payment events mirrored", () -> jdbc.queryForObject(
        "SELECT count(*) FROM event_log WHERE aggregate_id = ? AND event_type = 'payment.succeeded'",
        Long.class, live.get("paymentId").asString()) == 1);

    JsonNode asOfNow = ok(projections.get("/api/v1/requests/" + id + "?asOf=" + java.time.Instant.now()));
    JsonNode asOfDraft = ok(projections.get("/api/v1/requests/" + id + "?asOf=" + beforeSubmit));
    JsonNode paymentNow = ok(projections.get("/api/v1/payments/" + live.get("paymentId").asString()));

    assertThat(asOfNow).isEqualTo(live);
    assertThat(asOfDraft).isEqualTo(draft);
    assertThat(paymentNow.get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(paymentNow.get("version").asLong()).isEqualTo(live.get("paymentVersion").asLong());
    assertThat(projections.get("/api/v1/requests/" + id + "?asOf=2000-01-01T00:00:00Z").statusCode()).isEqualTo(404);
    assertThat(projections.get("/api/v1/requests/" + id + "?asOf=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void eventsArePagedWithACursorInAStableOrderAndFilteredByAggregateAndType() {
    String id = answeredLogoRequest();
    Await.until("four request events mirrored", () -> jdbc.queryForObject(
        "SELECT count(*) FROM event_log WHERE aggregate_id = ?", Long.class, id) == 4);

    List<String> paged = new java.util.ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = ok(projections.get("/api/v1/events?aggregateId=" + id + "&limit=3"
          + (cursor == null ? "" : "&cursor=" + cursor)));
      paged.addAll(page.get("items").findValuesAsString("eventId"));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
    } while (cursor != null);

    JsonNode history = ok(projections.get("/api/v1/events/aggregates/request/" + id));
    assertThat(paged).containsExactlyElementsOf(history.findValuesAsString("eventId"));
    List<String> newestFirst = new java.util.ArrayList<>();
    String firstNewestCursor = null;
    do {
      JsonNode page = ok(projections.get("/api/v1/events?aggregateId=" + id + "&limit=3&order=newest-first"
          + (cursor == null ? "" : "&cursor=" + cursor)));
      assertThat(page.get("order").asString()).isEqualTo("newest-first");
      newestFirst.addAll(page.get("items").findValuesAsString("eventId"));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
      firstNewestCursor = firstNewestCursor == null ? cursor : firstNewestCursor;
    } while (cursor != null);
    assertThat(newestFirst).containsExactlyElementsOf(paged.reversed());
    assertFilterProblem("/api/v1/events?aggregateId=" + id + "&cursor=" + firstNewestCursor, "cursor");
    assertFilterProblem("/api/v1/events?order=newest", "order");
    assertThat(history.findValuesAsString("eventType"))
        .containsExactly("request.created", "request.answer-recorded", "request.answer-recorded", "request.answer-recorded");
    JsonNode answersOnly = ok(projections.get("/api/v1/events?aggregateId=" + id + "&eventType=request.answer-recorded"));
    assertThat(answersOnly.get("items")).hasSize(3);
    JsonNode one = ok(projections.get("/api/v1/events/" + history.get(0).get("eventId").asString()));
    assertThat(one.get("payload").get("designCode").asString()).isEqualTo("LOGO-SAGA-1");

    assertFilterProblem("/api/v1/events?eventType=request.exploded", "eventType");
    assertFilterProblem("/api/v1/events?aggregateType=boat", "aggregateType");
    assertFilterProblem("/api/v1/events?from=yesterday", "from");
    assertFilterProblem("/api/v1/events?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to");
    assertFilterProblem("/api/v1/events?limit=501", "limit");
    assertFilterProblem("/api/v1/events?cursor=not-a-cursor", "cursor");
    assertThat(projections.get("/api/v1/events/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void statsAndTheTypeCatalogueDescribeTheLog() {
    paidRequestWithCorrelation("stats-" + UUID.randomUUID());
    java.time.Instant paid = java.time.Instant.now();

    // the totals come from the last scan of the log, redone in the background: a scan started after the payment
    JsonNode stats = Await.until("stats from a scan of the log after the payment", () ->
        java.util.Optional.of(ok(projections.get("/api/v1/events/stats")))
            .filter(s -> java.time.Instant.parse(s.get("totalsAsOf").asString()).isAfter(paid)));
    JsonNode types = ok(projections.get("/api/v1/events/types"));

    assertThat(stats.get("totalEvents").asLong()).isPositive();
    assertThat(stats.get("uniqueAggregates").asLong()).isPositive();
    assertThat(stats.get("byEventType").get("payment.succeeded").asLong()).isPositive();
    assertThat(stats.get("byAggregateType").get("request").asLong()).isPositive();
    assertThat(stats.get("projections").findValuesAsString("projection")).containsExactly("postgresql-sink", "state-topologies");
    assertThat(stats.get("projections").get(0).get("events").asLong()).isNotNegative();
    Await.until("the sink to report no lag once caught up (trailing transaction markers are not lag)", () ->
        json.readTree(projections.get("/api/v1/events/stats").body()).get("projections").get(0).get("events").asLong() == 0);
    Await.until("the lag gauges to say the same", () -> projections.get("/actuator/prometheus").body().lines().anyMatch(line ->
        line.startsWith("eventdesign_projection_lag_records{") && line.contains("projection=\"postgresql-sink\"")
            && line.endsWith(" 0.0")));
    assertThat(projections.get("/actuator/prometheus").body()).contains("eventdesign_projection_lag_seconds{");
    assertThat(stats.get("deadLetters").asLong()).isNotNegative();
    JsonNode registered = java.util.stream.StreamSupport.stream(types.spliterator(), false)
        .filter(t -> t.get("type").asString().equals("request.submitted")).findFirst().orElseThrow();
    assertThat(registered.get("topic").asString()).isEqualTo("requests.events");
    JsonNode versions = registered.get("versions");
    assertThat(versions.get(versions.size() - 1).get("fingerprint").asString())
        .as("the newest released version is the current schema").isEqualTo(registered.get("currentFingerprint").asString());
    assertThat(registered.get("example").get("email").asString()).isEqualTo("string");
    assertThat(ok(projections.get("/api/v1/events/manifest")).get("encoding").asString()).isEqualTo("avro-single-object");
  }

  @Test
  void aRebuildReplaysIntoAShadowTableKeepsTheLiveTableReadableAndSwitchesToIdenticalContent() throws Exception {
    String id = paidRequestWithCorrelation("rebuild-" + UUID.randomUUID()).get("id").asString();
    String checksum = "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM design_request_states t";
    String before = jdbc.queryForObject(checksum, String.class);
    String indexes = "SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'design_request_states'";
    String indexesBefore = jdbc.queryForObject(indexes, String.class);

    HttpResponse<String> started = projections.post("/api/v1/admin/projections/design_request_states/rebuild?reason=test", null, Map.of());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(started.headers().firstValue("Location")).contains("/api/v1/admin/projections/design_request_states/rebuild");
    assertThat(projections.post("/api/v1/admin/projections/design_request_states/rebuild?reason=test", null, Map.of()).statusCode())
        .isEqualTo(409);

    JsonNode running = ok(projections.get("/api/v1/admin/projections/design_request_states/rebuild"));
    assertThat(running.get("state").asString()).isEqualTo("RUNNING");
    assertThat(running.get("targetOffsets").asLong()).isPositive();
    assertThat(running.get("percent").asDouble()).isLessThan(100);
    assertThat(jdbc.queryForObject("SELECT to_regclass('design_request_states_rebuild') IS NOT NULL", Boolean.class)).isTrue();
    assertThat(ok(projections.get("/api/v1/requests/" + id)).get("status").asString()).isEqualTo("PAID");

    // Holding a lock that replay's writes pass but an index build waits for shows the indexing phase.
    try (java.sql.Connection holder = jdbc.getDataSource().getConnection()) {
      holder.setAutoCommit(false);
      try (var statement = holder.createStatement()) {
        statement.execute("LOCK TABLE design_request_states_rebuild IN ROW EXCLUSIVE MODE");
      }
      JsonNode indexing = Await.until("the replay to end and the indexes to be building", () -> Optional.of(
              json.readTree(projections.get("/api/v1/admin/projections/design_request_states/rebuild").body()))
          .filter(status -> !status.get("state").asString().equals("RUNNING")));
      assertThat(indexing.get("state").asString()).isEqualTo("INDEXING");
      assertThat(indexing.get("percent").asDouble()).isEqualTo(100.0);
      assertThat(indexing.path("etaSeconds").isNumber()).as("no ETA while indexing").isFalse();
      assertThat(ok(projections.get("/api/v1/requests/" + id)).get("status").asString()).isEqualTo("PAID");
      holder.commit();
    }

    JsonNode done = Await.until("the rebuild to complete", () -> Optional.of(
            json.readTree(projections.get("/api/v1/admin/projections/design_request_states/rebuild").body()))
        .filter(status -> status.get("state").asString().equals("COMPLETED")));
    assertThat(done.get("replayedOffsets").asLong()).isGreaterThanOrEqualTo(done.get("targetOffsets").asLong());
    assertThat(done.get("replayedRecords").asLong()).isPositive();
    assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
    assertThat(done.get("etaSeconds").asLong()).isZero();
    assertThat(jdbc.queryForObject(checksum, String.class)).isEqualTo(before);
    assertThat(jdbc.queryForObject(indexes, String.class)).as("the same indexes, by the same names").isEqualTo(indexesBefore);
    assertThat(jdbc.queryForObject("SELECT to_regclass('design_request_states_rebuild') IS NULL", Boolean.class)).isTrue();
    String after = answeredLogoRequest();
    awaitRow(after, r -> r.get("version").asLong() == 4);
    assertThat(projections.post("/api/v1/admin/projections/nonsense/rebuild?reason=test", null, Map.of()).statusCode()).isEqualTo(404);
  }

  /**
   * Data recorded before the text policy (a NUL in a design code) cannot go into PostgreSQL: the live
   * sink parks it, and a rebuild leaves it out the same way, counts it, completes and ends equal.
   */
  @Test
  void aRebuildLeavesOutWhatTheLiveSinkParksAndCompletesEqualToTheLiveTable() throws Exception {
    String poisoned = UUID.randomUUID().toString();
    var envelope = io.eventdesign.contract.envelope.Envelope.newBuilder().setEventId(UUID.randomUUID().toString())
        .setEventType("request.created").setAggregateType("request").setAggregateId(poisoned).setAggregateVersion(1)
        .setOccurredAt(java.time.Instant.now()).setActor("system").setCorrelationId("nul-" + poisoned)
        .setCausationId("recorded-before-the-text-policy").setAttributes(Map.of()).build();
    byte[] created = new SingleObjectCodec().encode(io.eventdesign.contract.request.RequestCreated.newBuilder()
        .setEnvelope(envelope).setProductId("logo").setProductName("Logo design").setDesignCode("LOGO-\u0000-1")
        .setAmount(14900).setCurrency("EUR").build());
    try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(
        Map.of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()),
        new org.apache.kafka.common.serialization.StringSerializer(),
        new org.apache.kafka.common.serialization.ByteArraySerializer())) {
      producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(Topics.REQUESTS_EVENTS.name(), poisoned, created))
          .get();
    }
    Await.until("the live sink parks the state PostgreSQL cannot hold", () -> jdbc.queryForObject(
        "SELECT count(*) FROM sink_parked_records WHERE record_key = ? AND source_topic = ?", Long.class, poisoned,
        Topics.REQUESTS_STATE.name()) > 0);
    String checksum = "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM design_request_states t";
    String live = jdbc.queryForObject(checksum, String.class);

    HttpResponse<String> started = projections.post("/api/v1/admin/projections/design_request_states/rebuild?reason=test", null, Map.of());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonNode done = Await.until("the rebuild to end", () -> Optional.of(
            json.readTree(projections.get("/api/v1/admin/projections/design_request_states/rebuild").body()))
        .filter(status -> List.of("COMPLETED", "FAILED").contains(status.get("state").asString())));

    assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
    assertThat(done.get("parkedRecords").asLong()).isPositive();
    assertThat(jdbc.queryForObject(checksum, String.class)).isEqualTo(live);
    assertThat(projections.get("/api/v1/requests/" + poisoned).statusCode()).isEqualTo(404);
  }

  @Test
  void aBoundedReplayReDeliversTheChosenTypesWithinTheRangeToATargetTopic() throws Exception {
    java.time.Instant from = java.time.Instant.now();
    String inRange = paidRequestWithCorrelation("replay-a-" + UUID.randomUUID()).get("id").asString();
    Thread.sleep(20);
    java.time.Instant to = java.time.Instant.now();
    String outOfRange = paidRequestWithCorrelation("replay-b-" + UUID.randomUUID()).get("id").asString();
    String target = "replay.test-" + UUID.randomUUID();

    HttpResponse<String> started = projections.post("/api/v1/admin/replays", """
        {"eventTypes": ["request.submitted", "payment.succeeded"], "from": "%s", "to": "%s", "targetTopic": "%s",
         "reason": "test"}"""
        .formatted(from, to, target), Map.of());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode done = Await.until("the replay to complete", () -> Optional.of(json.readTree(projections.get(location).body()))
        .filter(status -> status.get("state").asString().equals("COMPLETED")));

    var replayed = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), target);
    SingleObjectCodec codec = new SingleObjectCodec();
    assertThat(replayed).extracting(r -> ((DecodeResult.Decoded) codec.decode(r.value())).type().name())
        .containsExactlyInAnyOrder("request.submitted", "payment.succeeded");
    assertThat(replayed).extracting(r -> new String(r.headers().lastHeader("replay-id").value()))
        .containsOnly(done.get("id").asString());
    assertThat(replayed.stream().filter(r -> r.key().equals(inRange))).hasSize(1);
    assertThat(replayed.stream().filter(r -> r.key().equals(outOfRange))).isEmpty();
    assertThat(done.get("replayedEvents").asLong()).isEqualTo(2);

    assertReplayProblem("{\"eventTypes\": [\"request.submitted\"], \"targetTopic\": \"replay.x\", \"reason\": \"test\"}", "to");
    assertReplayProblem("{\"eventTypes\": [\"request.nope\"], \"to\": \"%s\", \"targetTopic\": \"replay.x\", \"reason\": \"test\"}".formatted(to), "eventTypes");
    assertReplayProblem("{\"eventTypes\": [\"request.submitted\"], \"to\": \"%s\", \"targetTopic\": \"requests.events\", \"reason\": \"test\"}".formatted(to), "targetTopic");
    assertReplayProblem("{\"eventTypes\": [\"request.submitted\"], \"to\": \"%s\", \"targetTopic\": \"replay.x\"}".formatted(to), "reason");
  }

  @Test
  void oneAggregatesEventsOfEveryTypeAreReplayedAfterAPreviewOfWhatTheReplayTouches() throws Exception {
    String request = paidRequestWithCorrelation("replay-one-" + UUID.randomUUID()).get("id").asString();
    java.time.Instant to = java.time.Instant.now().plusSeconds(1);
    long events = Await.until("the request's events in the log", () -> Optional.of(
        json.readTree(projections.get("/api/v1/events/aggregates/request/" + request).body()).size()).filter(n -> n >= 5));
    String target = "replay.one-" + UUID.randomUUID();
    String selection = """
        {"aggregateType": "request", "aggregateId": "%s", "to": "%s", "targetTopic": "%s"}""".formatted(request, to, target);

    HttpResponse<String> previewed = projections.post("/api/v1/admin/replays/preview", selection, Map.of());
    assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
    JsonNode preview = json.readTree(previewed.body());
    assertThat(preview.get("sourceTopics").get(0).asString()).isEqualTo("requests.events");
    assertThat(preview.get("matchingEvents").asLong()).isEqualTo(events);
    assertThat(preview.get("offsetsToRead").asLong()).isGreaterThanOrEqualTo(events);
    assertThat(preview.get("ranges")).isNotEmpty().allSatisfy(r -> assertThat(r.get("topic").asString()).isEqualTo("requests.events"));
    try (var admin = org.apache.kafka.clients.admin.Admin.create(
        Map.<String, Object>of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()))) {
      assertThat(admin.listTopics().names().get()).as("a preview creates nothing").doesNotContain(target);
    }

    HttpResponse<String> noReason = projections.post("/api/v1/admin/replays", selection, Map.of());
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(json.readTree(noReason.body()).get("errors").get(0).get("field").asString()).isEqualTo("reason");

    HttpResponse<String> started = projections.post("/api/v1/admin/replays",
        selection.replace("}", ", \"reason\": \"one request for support\"}"), Map.of());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonNode done = Await.until("the replay to complete", () -> Optional.of(json.readTree(projections.get(location).body()))
        .filter(status -> status.get("state").asString().equals("COMPLETED")));
    assertThat(done.get("replayedEvents").asLong()).isEqualTo(events);
    assertThat(done.get("aggregateId").asString()).isEqualTo(request);
    assertThat(TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), target))
        .hasSize((int) events).allSatisfy(r -> assertThat(r.key()).isEqualTo(request));

    String end = "\"to\": \"%s\", \"targetTopic\": \"replay.x\", \"reason\": \"test\"}".formatted(to);
    assertReplayProblem("{" + end, "eventTypes");
    assertReplayProblem("{\"aggregateId\": \"" + request + "\", " + end, "aggregateType");
    assertReplayProblem("{\"aggregateType\": \"request\", \"eventTypes\": [\"user.registered\"], " + end, "eventTypes");
    assertReplayProblem("{\"aggregateType\": \"nope\", " + end, "aggregateType");
  }

  private void assertReplayProblem(String body, String field) {
    HttpResponse<String> response = projections.post("/api/v1/admin/replays", body, Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field")).contains(field);
  }

  private void assertFilterProblem(String path, String field) {
    HttpResponse<String> response = projections.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
  }
}

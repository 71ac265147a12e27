package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.payment.PaymentServiceApplication;
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
    properties = "spring.config.name=" + ProjectionServiceApplication.CONFIG_NAME)
class DesignRequestSagaIntegrationTest {

  private static ConfigurableApplicationContext requestService;
  private static ConfigurableApplicationContext paymentService;
  private static HttpTestClient requests;
  private static HttpTestClient payments;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "projection-saga-it-" + UUID.randomUUID());
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("projection-saga").toString());
    registry.add("spring.datasource.url", () -> SharedInfrastructure.postgres().jdbcUrl());
  }

  private static String[] serviceArgs(String name) {
    return new String[] {"--server.port=0",
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=" + name + "-saga-it-" + UUID.randomUUID(),
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir(name)};
  }

  @BeforeAll
  static void startServices() {
    requestService = RequestServiceApplication.run(serviceArgs("request-service"));
    paymentService = PaymentServiceApplication.run(serviceArgs("payment-service"));
    requests = new HttpTestClient("http://localhost:" + requestService.getEnvironment().getProperty("local.server.port"));
    payments = new HttpTestClient("http://localhost:" + paymentService.getEnvironment().getProperty("local.server.port"));
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
    projections = new HttpTestClient("http://localhost:" + port);
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
    ok(requests.post("/api/v1/requests/" + id + "/design/start", null, Map.of()));
    ok(requests.post("/api/v1/requests/" + id + "/design/complete", "{\"resultUrl\": \"https://files.example/logo.svg\"}", Map.of()));

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
  }

  @Test
  void aDeclinedPaymentIsRecordedAndARetrySucceeds() {
    String id = answeredLogoRequest();
    submit(id, "tok_fail_first_card_declined", Map.of());
    JsonNode failed = awaitRequest(id, r -> r.hasNonNull("lastPaymentFailure"));
    assertThat(failed.get("status").asString()).isEqualTo("SUBMITTED");
    assertThat(failed.get("lastPaymentFailure").get("code").asString()).isEqualTo("card_declined");
    String paymentId = failed.get("lastPaymentFailure").isNull() ? null
        : json.readTree(payments.get("/api/v1/payments?requestId=" + id).body()).get(0).get("id").asString();

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
    HttpResponse<String> tooLate = requests.post("/api/v1/requests/" + id + "/design/start", null, Map.of());
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
}

package io.eventdesign.payment;

import io.eventdesign.payment.provider.WebhookSecret;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.user.IdentityFixture;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.payment.payment.PaymentIds;
import io.eventdesign.payment.provider.WebhookSignatures;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * payment-service on a real broker, driven the way request-service drives it (events on
 * requests.events), with the simulated provider calling back through signed webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=" + PaymentServiceApplication.CONFIG_NAME)
class PaymentSagaIntegrationTest {

  /** One id per test class run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();
  private static final String WEBHOOK_SECRET = WebhookSecret.generate();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "payment-service-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("payment-it").toString());
    registry.add("eventdesign.payments.webhook-secret", () -> WEBHOOK_SECRET);
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.shared().issuer());
  }

  @LocalServerPort int port;
  @Value("${eventdesign.payments.webhook-secret}") String secret;
  private HttpTestClient http;
  private final JsonMapper json = JsonMapper.builder().build();
  private final SingleObjectCodec codec = new SingleObjectCodec();

  /** Staff: the requests these tests publish have no owner, and staff see and retry every payment. */
  @BeforeEach
  void client() {
    http = new HttpTestClient("http://localhost:" + port, IdentityFixture.shared().staff());
  }

  private static Envelope envelope(String type, String requestId, long version, String eventId) {
    return Envelope.newBuilder().setEventId(eventId).setEventType(type).setAggregateType("request")
        .setAggregateId(requestId).setAggregateVersion(version).setOccurredAt(Instant.now()).setActor("system")
        .setCorrelationId("corr-" + requestId).setCausationId("cmd").setAttributes(Map.of()).build();
  }

  private void publish(String requestId, SpecificRecord event) {
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        SharedInfrastructure.kafka().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.REQUESTS_EVENTS.name(), requestId, codec.encode(event))).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private RequestSubmitted submitted(String requestId, String token) {
    return RequestSubmitted.newBuilder().setEnvelope(envelope("request.submitted", requestId, 4, "evt-" + requestId))
        .setEmail("buyer@example.com").setAmount(14900).setCurrency("EUR").setPaymentMethodToken(token).build();
  }

  private List<String> paymentEventTypes(String paymentId) {
    return TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.PAYMENTS_EVENTS.name()).stream()
        .filter(r -> paymentId.equals(r.key()))
        .map(r -> ((DecodeResult.Decoded) codec.decode(r.value())).type().name()).toList();
  }

  /**
   * The payment's events once the topic shows {@code last}: the service's store shows a state before
   * the transaction that records its event commits, so a read-committed topic can lag it briefly.
   */
  private List<String> awaitEventTypes(String paymentId, String last) {
    return Await.until("the topic to show " + last + " for " + paymentId, () -> java.util.Optional.of(
        paymentEventTypes(paymentId)).filter(types -> !types.isEmpty() && types.getLast().equals(last)));
  }

  private JsonNode awaitPayment(String paymentId, Predicate<JsonNode> done) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = http.get("/api/v1/payments/" + paymentId);
      if (response.statusCode() == 200 && done.test(json.readTree(response.body()))) {
        return json.readTree(response.body());
      }
      sleep(100);
    }
    throw new AssertionError("payment " + paymentId + " did not reach the expected state");
  }

  @Test
  void aSubmittedRequestIsPaidThroughTheSimulatedProvider() {
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);

    publish(requestId, submitted(requestId, null));

    JsonNode payment = awaitPayment(paymentId, p -> p.get("status").asString().equals("SUCCEEDED"));
    assertThat(payment.get("requestId").asString()).isEqualTo(requestId);
    assertThat(payment.get("amount").asLong()).isEqualTo(14900);
    assertThat(payment.get("fee").asLong()).isEqualTo(457);
    assertThat(payment.get("netAmount").asLong()).isEqualTo(14443);
    assertThat(payment.get("providerIntentId").asString()).startsWith("pi_sim_");
    assertThat(json.readTree(http.get("/api/v1/payments?requestId=" + requestId).body()).get(0).get("id").asString())
        .isEqualTo(paymentId);
  }

  @Test
  void aCustomerSeesAndRetriesOnlyPaymentsOfTheirOwnRequests() {
    IdentityFixture identity = IdentityFixture.shared();
    Tokens.Person owner = identity.newCustomer();
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);
    RequestSubmitted submitted = submitted(requestId, "tok_fail_card_declined");
    submitted.setOwnerId(owner.userId());

    publish(requestId, submitted);

    awaitPayment(paymentId, p -> p.get("status").asString().equals("FAILED"));
    HttpTestClient asOwner = http.as(owner.token());
    HttpTestClient asStranger = http.as(identity.newCustomer().token());
    assertThat(asOwner.get("/api/v1/payments/" + paymentId).statusCode()).isEqualTo(200);
    assertThat(asStranger.get("/api/v1/payments/" + paymentId).statusCode()).isEqualTo(404);
    assertThat(json.readTree(asStranger.get("/api/v1/payments?requestId=" + requestId).body())).isEmpty();
    assertThat(asStranger.post("/api/v1/payments/" + paymentId + "/retry", null, Map.of()).statusCode()).isEqualTo(404);
    assertThat(paymentEventTypes(paymentId)).doesNotContain("payment.retried");
    assertThat(asOwner.post("/api/v1/payments/" + paymentId + "/retry", "{\"paymentMethodToken\": \"tok_success\"}",
        Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void aDuplicatedSubmittedEventCreatesOnePayment() {
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);

    publish(requestId, submitted(requestId, null));
    publish(requestId, submitted(requestId, null));
    awaitPayment(paymentId, p -> p.get("status").asString().equals("SUCCEEDED"));

    assertThat(awaitEventTypes(paymentId, "payment.succeeded"))
        .containsExactly("payment.requested", "payment.intent-created", "payment.succeeded");
  }

  @Test
  void aFailedPaymentIsRetriedWithTheFailureKept() {
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);
    publish(requestId, submitted(requestId, "tok_fail_first_card_declined"));
    JsonNode failed = awaitPayment(paymentId, p -> p.get("status").asString().equals("FAILED"));
    assertThat(failed.get("failureCode").asString()).isEqualTo("card_declined");

    HttpResponse<String> retry = http.post("/api/v1/payments/" + paymentId + "/retry", null, Map.of());
    assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);

    JsonNode paid = awaitPayment(paymentId, p -> p.get("status").asString().equals("SUCCEEDED"));
    assertThat(paid.get("attempts").asInt()).isEqualTo(2);
    assertThat(paid.get("failureCode").asString()).isEqualTo("card_declined");
    assertThat(http.post("/api/v1/payments/" + paymentId + "/retry", null, Map.of()).statusCode()).isEqualTo(409);
  }

  @Test
  void cancellingAfterSuccessRefunds() {
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);
    publish(requestId, submitted(requestId, null));
    awaitPayment(paymentId, p -> p.get("status").asString().equals("SUCCEEDED"));

    publish(requestId, RequestCancelled.newBuilder().setEnvelope(envelope("request.cancelled", requestId, 6, "evt-c-" + requestId))
        .setReason("changed my mind").setCancelledBy("CUSTOMER").setPreviousStatus("PAID").build());

    JsonNode refunded = awaitPayment(paymentId, p -> p.get("status").asString().equals("REFUNDED"));
    assertThat(refunded.get("refundedAmount").asLong()).isEqualTo(14900);
  }

  @Test
  void forgedStaleAndMalformedWebhooksChangeNothingAndAReplayIsAcknowledgedOnce() {
    String paymentId = failedPayment();
    String intent = awaitPayment(paymentId, p -> true).get("providerIntentId").asString();
    List<String> before = awaitEventTypes(paymentId, "payment.failed");
    String body = """
        {"id":"evt_manual_%s","type":"payment.succeeded","created":%d,"data":{"paymentId":"%s","intentId":"%s",
         "amount":14900,"currency":"EUR","fee":457,"net":14443,"method":"card"}}""".formatted(UUID.randomUUID(), now(), paymentId,
        intent);
    String id = json.readTree(body).get("id").asString();

    WebhookSignatures real = new WebhookSignatures(secret);
    WebhookSignatures forger = new WebhookSignatures("whsec_Zm9yZ2VkLXNlY3JldC1mb3JnZWQtc2VjcmV0");
    assertThat(webhook(id, now(), forger.sign(id, now(), body), body).statusCode()).isEqualTo(401);
    long stale = now() - 600;
    assertThat(webhook(id, stale, real.sign(id, stale, body), body).statusCode()).isEqualTo(401);
    String tampered = body.replace("14900", "1");
    assertThat(webhook(id, now(), real.sign(id, now(), body), tampered).statusCode()).isEqualTo(401);
    assertThat(webhook(id, now(), null, body).statusCode()).isEqualTo(400);
    String notAnEvent = "{\"id\":\"" + id + "\",\"type\":\"payment.succeeded\"}";
    assertThat(webhook(id, now(), real.sign(id, now(), notAnEvent), notAnEvent).statusCode()).isEqualTo(400);
    assertThat(paymentEventTypes(paymentId)).isEqualTo(before);

    HttpResponse<String> first = webhook(id, now(), real.sign(id, now(), body), body);
    HttpResponse<String> replay = webhook(id, now(), real.sign(id, now(), body), body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(paymentEventTypes(paymentId)).hasSize(before.size() + 1).endsWith("payment.succeeded");
  }

  /** A webhook signed with the real secret proves who sent it, not what it says: its figures must fit the payment. */
  @Test
  void correctlySignedWebhooksWhoseFiguresDoNotFitThePaymentAreRefusedAndRecordNothing() {
    String paymentId = failedPayment();
    String intent = awaitPayment(paymentId, p -> true).get("providerIntentId").asString();
    List<String> before = awaitEventTypes(paymentId, "payment.failed");
    WebhookSignatures real = new WebhookSignatures(secret);
    Map<String, String> forgeries = Map.of(
        "\"amount\":-14900,\"currency\":\"EUR\",\"fee\":457,\"net\":-15357,\"intentId\":\"" + intent + "\"", "data.amount",
        "\"amount\":1,\"currency\":\"EUR\",\"fee\":0,\"net\":1,\"intentId\":\"" + intent + "\"", "data.amount",
        "\"amount\":14900,\"currency\":\"USD\",\"fee\":457,\"net\":14443,\"intentId\":\"" + intent + "\"", "data.currency",
        "\"amount\":14900,\"currency\":\"EUR\",\"fee\":457,\"net\":14443,\"intentId\":\"pi_forged\"", "data.intentId");
    forgeries.forEach((figures, field) -> {
      String id = "evt_forged_" + UUID.randomUUID();
      String body = "{\"id\":\"" + id + "\",\"type\":\"payment.succeeded\",\"created\":" + now()
          + ",\"data\":{\"paymentId\":\"" + paymentId + "\"," + figures + ",\"method\":\"card\"}}";
      HttpResponse<String> response = webhook(id, now(), real.sign(id, now(), body), body);
      assertThat(response.statusCode()).as(body).isEqualTo(422);
      assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(field);
    });
    assertThat(paymentEventTypes(paymentId)).isEqualTo(before);
    assertThat(awaitPayment(paymentId, p -> true).get("status").asString()).isEqualTo("FAILED");
  }

  /** The id of a new payment whose only attempt the provider declined (its intent recorded). */
  private String failedPayment() {
    String requestId = UUID.randomUUID().toString();
    String paymentId = PaymentIds.forRequest(requestId);
    publish(requestId, submitted(requestId, "tok_fail_insufficient_funds"));
    awaitPayment(paymentId, p -> p.get("status").asString().equals("FAILED"));
    return paymentId;
  }

  private HttpResponse<String> webhook(String id, long timestamp, String signature, String body) {
    var headers = new java.util.HashMap<String, String>(Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp)));
    if (signature != null) {
      headers.put("webhook-signature", signature);
    }
    return http.post("/api/v1/payments/webhooks/provider", body, headers);
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

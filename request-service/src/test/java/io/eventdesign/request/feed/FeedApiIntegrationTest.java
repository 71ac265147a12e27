package io.eventdesign.request.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.feed.FeedDesignProgressReported;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.request.RequestServiceApplication;
import io.eventdesign.user.IdentityFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/events on a real broker with real tokens: an integration's event is validated against the
 * contract, recorded once per Idempotency-Key in its own feed with its identity as actor, and every refusal
 * leaves the topic as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=" + RequestServiceApplication.CONFIG_NAME)
class FeedApiIntegrationTest {

  private static final String RUN = UUID.randomUUID().toString();
  private static final String FEED = "service:" + IdentityFixture.SERVICE_CLIENT;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "request-service-feed-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("request-feed-it").toString());
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.shared().issuer());
    // feeds.events may already hold other runs' events on the shared broker
    registry.add("eventdesign.rerun-retained-commands", () -> "true");
  }

  @LocalServerPort int port;
  private HttpTestClient integration;
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void client() {
    integration = new HttpTestClient("http://localhost:" + port, IdentityFixture.shared().service("events.write"));
  }

  @Test
  void anEventIsRecordedOncePerKeyInTheCallersFeedAsTheCaller() {
    String request = UUID.randomUUID().toString();
    String body = progress(request, 40);
    String key = "progress-" + UUID.randomUUID();

    HttpResponse<String> posted = post(body, key);
    HttpResponse<String> retried = post(body, key);

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    JsonNode answer = json.readTree(posted.body());
    assertThat(answer.get("eventType").asString()).isEqualTo("feed.design-progress-reported");
    assertThat(answer.get("aggregateType").asString()).isEqualTo("feed");
    assertThat(answer.get("aggregateId").asString()).isEqualTo(FEED);
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(json.readTree(retried.body())).as("the first outcome again").isEqualTo(answer);

    List<FeedDesignProgressReported> recorded = progressOnTheTopic(request);
    assertThat(recorded).hasSize(1);
    FeedDesignProgressReported event = recorded.getFirst();
    assertThat(event.getEnvelope().getEventId()).isEqualTo(answer.get("eventId").asString());
    assertThat(event.getEnvelope().getEventType()).isEqualTo("feed.design-progress-reported");
    assertThat(event.getEnvelope().getActor()).isEqualTo(FEED);
    assertThat(event.getEnvelope().getAggregateId()).isEqualTo(FEED);
    assertThat(event.getEnvelope().getAggregateVersion()).isEqualTo(answer.get("version").asLong());
    assertThat(event.getEnvelope().getIdempotencyKey()).isEqualTo(key);
    assertThat(event.getStage()).isEqualTo("DRAFTING");
    assertThat(event.getPercent()).isEqualTo(40);
    assertThat(event.getNote()).isEqualTo("Two concepts drafted");
  }

  @Test
  void aKeyReusedForAnotherEventIsRefusedAndRecordsNothing() {
    String request = UUID.randomUUID().toString();
    String key = "reused-" + UUID.randomUUID();
    assertThat(post(progress(request, 10), key).statusCode()).isEqualTo(201);

    HttpResponse<String> reused = post(progress(request, 20), key);

    assertThat(reused.statusCode()).as(reused.body()).isBetween(409, 422);
    assertThat(progressOnTheTopic(request)).extracting(FeedDesignProgressReported::getPercent).containsExactly(10);
  }

  @Test
  void everyRefusalNamesTheFieldAndLeavesTheTopicAsItWas() {
    String request = UUID.randomUUID().toString();

    assertRefused(post("{\"eventType\": \"feed.nothing\", \"payload\": {}}", "k1-" + request), 422, "eventType");
    assertRefused(post("{\"eventType\": \"request.design-completed\", \"payload\": {\"resultUrl\": \"https://x.example\"}}",
        "k2-" + request), 422, "eventType");
    assertRefused(post(progress(request, 101), "k3-" + request), 422, "payload.percent");
    assertRefused(post(progress(request, 40).replace("\"percent\"", "\"percentage\""), "k4-" + request), 422,
        "payload.percentage");
    assertRefused(post("{\"eventType\": \"feed.design-progress-reported\", \"payload\": [1]}", "k5-" + request), 422, "payload");
    assertRefused(post("{\"eventType\": \"feed.design-progress-reported\"}", "k6-" + request), 422, "payload");
    assertRefused(post(progress(request, 40), null), 400, "Idempotency-Key");
    assertRefused(post(progress(request, 40).replace("}}", "}, \"extra\": true}"), "k7-" + request), 400, "extra");

    assertThat(new HttpTestClient("http://localhost:" + port, null).post("/api/v1/events", progress(request, 1),
        Map.of("Idempotency-Key", "k8-" + request)).statusCode()).isEqualTo(401);
    assertThat(integration.as(IdentityFixture.shared().service("api.read")).post("/api/v1/events", progress(request, 1),
        Map.of("Idempotency-Key", "k9-" + request)).statusCode()).isEqualTo(403);
    assertThat(integration.as(IdentityFixture.shared().staff()).post("/api/v1/events", progress(request, 1),
        Map.of("Idempotency-Key", "k10-" + request)).statusCode()).isEqualTo(403);

    assertThat(progressOnTheTopic(request)).isEmpty();
  }

  private static String progress(String request, int percent) {
    return """
        {"eventType": "feed.design-progress-reported",
         "payload": {"requestId": "%s", "stage": "DRAFTING", "percent": %d, "note": "  Two concepts drafted "}}"""
        .formatted(request, percent);
  }

  private HttpResponse<String> post(String body, String key) {
    return integration.post("/api/v1/events", body, key == null ? Map.of() : Map.of("Idempotency-Key", key));
  }

  private void assertRefused(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"" + field + "\"");
  }

  private static List<FeedDesignProgressReported> progressOnTheTopic(String request) {
    SingleObjectCodec codec = new SingleObjectCodec();
    return TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.FEEDS_EVENTS.name()).stream()
        .map(r -> codec.decode(r.value())).filter(DecodeResult.Decoded.class::isInstance)
        .map(decoded -> (SpecificRecord) ((DecodeResult.Decoded) decoded).record())
        .filter(FeedDesignProgressReported.class::isInstance).map(FeedDesignProgressReported.class::cast)
        .filter(progress -> progress.getRequestId().equals(request)).toList();
  }
}

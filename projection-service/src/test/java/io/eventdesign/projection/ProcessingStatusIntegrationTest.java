package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.user.IdentityFixture;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The consumers' progress on the shared broker: an event applied by both, a record neither can decode
 * parked by both with the reason, the unprocessed events of a consumer, and the stats' processed offsets.
 */
class ProcessingStatusIntegrationTest extends RunningProjectionService {

  @Test
  void anEventIsAppliedByEveryConsumer() {
    String id = json.readTree(registrar.post("/api/v1/users", "{\"email\": \"processing-%s@example.com\", \"firstName\": \"P\", \"lastName\": \"S\"}"
        .formatted(UUID.randomUUID()), Map.of()).body()).get("id").asString();
    JsonNode event = awaitJson("/api/v1/events/aggregates/user/" + id, events -> events.size() == 1).get(0);
    JsonNode status = awaitJson("/api/v1/events/" + event.get("eventId").asString() + "/processing",
        s -> s.get("consumers").findValuesAsString("status").stream().allMatch("APPLIED"::equals));

    assertThat(status.get("consumers").findValuesAsString("consumer")).containsExactlyInAnyOrder("postgresql-sink", "state-topologies");
    assertThat(status.get("consumers").get(0).get("committedOffset").asLong()).isGreaterThan(event.get("offset").asLong());
    assertThat(status.get("topic").asString()).isEqualTo("users.events");
    JsonNode stats = json.readTree(projections.get("/api/v1/events/stats").body());
    assertThat(stats.get("projections").findValues("lastProcessed")).as("each consumer's last record").hasSize(2)
        .allSatisfy(last -> {
          assertThat(last.get("topic").asString()).isNotBlank();
          assertThat(last.get("eventType").asString()).isNotBlank();
          assertThat(last.get("processedAt").asString()).isNotBlank();
        });
    assertThat(projections.get("/api/v1/events/" + UUID.randomUUID() + "/processing").statusCode()).isEqualTo(404);
    assertThat(projectionsAs(IdentityFixture.shared().newCustomer().token())
        .get("/api/v1/events/" + event.get("eventId").asString() + "/processing").statusCode()).isEqualTo(403);
  }

  @Test
  void aRecordNoConsumerCanDecodeIsParkedByEachWithItsReason() throws Exception {
    String key = "processing-garbage-" + UUID.randomUUID();
    RecordMetadata written;
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", SharedInfrastructure.kafka().bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      written = producer.send(new ProducerRecord<>("users.events", key, new byte[] {(byte) 0xC3, 9, 9})).get();
    }
    String at = "/api/v1/events/processing?topic=users.events&partition=" + written.partition() + "&offset=" + written.offset()
        + "&key=" + key;
    JsonNode status = awaitJson(at, s -> s.get("consumers").findValuesAsString("status").stream().allMatch("PARKED"::equals));
    assertThat(status.get("consumers").findValuesAsString("reason")).allSatisfy(reason -> assertThat(reason).isNotBlank());

    JsonNode stats = json.readTree(projections.get("/api/v1/events/stats").body());
    assertThat(stats.get("projections").findValues("lastError")).as("each consumer says what it parked last").hasSize(2)
        .allSatisfy(error -> assertThat(error.get("message").asString()).startsWith("parked users.events-"));

    assertThat(projections.get("/api/v1/events/processing?topic=nope&partition=0&offset=0").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/events/processing?topic=users.events&partition=-1&offset=0").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/events/processing?topic=users.events&partition=0").statusCode()).isEqualTo(400);
  }

  @Test
  void aConsumersUnprocessedEventsAreReadFromItsCommittedOffsets() {
    JsonNode unprocessed = Await.until("an answer", () -> Optional.of(projections.get("/api/v1/events/unprocessed?consumer=postgresql-sink"))
        .filter(r -> r.statusCode() == 200).map(r -> json.readTree(r.body())));
    assertThat(unprocessed.get("consumerGroup").asString()).isNotBlank();
    assertThat(unprocessed.get("partitions")).allSatisfy(p -> assertThat(p.get("end").asLong()).isGreaterThanOrEqualTo(p.get("committed").asLong()));
    assertThat(unprocessed.get("partitions").findValuesAsString("topic")).contains("users.events");
    long behind = 0;
    for (JsonNode p : unprocessed.get("partitions")) {
      behind += p.get("end").asLong() - p.get("committed").asLong();
    }
    assertThat((long) unprocessed.get("items").size()).as("no more events than offsets behind").isLessThanOrEqualTo(behind);

    assertThat(projections.get("/api/v1/events/unprocessed?consumer=nobody").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/events/unprocessed").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/events/unprocessed?consumer=postgresql-sink&limit=501").statusCode()).isEqualTo(400);

    JsonNode stats = json.readTree(projections.get("/api/v1/events/stats").body());
    assertThat(stats.get("projections").findValues("processedOffsets")).hasSize(2).allSatisfy(n -> assertThat(n.asLong()).isPositive());
  }
}

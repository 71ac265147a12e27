package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;

/**
 * REST on user-service -> users.events -> projection topology -> users.state -> PostgreSQL sink ->
 * query API on projection-service, all on a real broker and a real PostgreSQL.
 */
class WholePathIntegrationTest extends RunningProjectionService {

  @Autowired KafkaListenerEndpointRegistry listeners;
  @Value("${eventdesign.projections.sink-group}") String sinkGroup;

  @Test
  void aUserChangedThroughUserServiceAppearsInPostgresWithEveryField() {
    String email = "Whole-" + UUID.randomUUID() + "@Example.com";
    JsonNode created = json.readTree(registrar.post("/api/v1/users",
        "{\"email\": \"%s\", \"firstName\": \"Grace\", \"lastName\": \"Hopper\", \"company\": \"Navy\"}".formatted(email),
        Map.of("X-Correlation-Id", "whole-path-1")).body());
    String id = created.get("id").asString();
    users.post("/api/v1/users/" + id + "/activate", null, Map.of());
    users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"DESIGNER\"}", Map.of());
    users.put("/api/v1/users/" + id + "/profile", """
        {"firstName": "Grace", "lastName": "Hopper", "timeZone": "America/New_York", "language": "en-US"}""", Map.of());

    JsonNode row = awaitJson("/api/v1/users/" + id, r -> r.get("version").asLong() == 4);

    assertThat(row.get("email").asString()).as("stored in its canonical form").isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
    assertThat(row.get("displayName").asString()).isEqualTo("Grace Hopper");
    assertThat(row.get("company").asString()).isEqualTo("Navy");
    assertThat(row.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(row.get("roles").get(0).asString()).isEqualTo("DESIGNER");
    assertThat(row.get("timeZone").asString()).isEqualTo("America/New_York");
    assertThat(row.get("language").asString()).isEqualTo("en-US");
    assertThat(Instant.parse(row.get("updatedAt").asString())).isAfterOrEqualTo(Instant.parse(row.get("createdAt").asString()));

    awaitCondition(() -> jdbc.queryForObject("SELECT count(*) FROM event_log WHERE aggregate_id = ?", Long.class, id) == 4);
    assertThat(jdbc.queryForList("SELECT event_type FROM event_log WHERE aggregate_id = ? ORDER BY aggregate_version",
        String.class, id)).containsExactly("user.registered", "user.activated", "user.role-granted", "user.profile-updated");
    assertThat(jdbc.queryForObject("SELECT payload->>'email' FROM event_log WHERE aggregate_id = ? AND aggregate_version = 1",
        String.class, id)).isEqualTo(email.toLowerCase(java.util.Locale.ROOT));
    assertThat(jdbc.queryForObject("SELECT correlation_id FROM event_log WHERE aggregate_id = ? AND aggregate_version = 1",
        String.class, id)).isEqualTo("whole-path-1");
  }

  @Test
  void usersCanBeListedByStatusEmailAndRoleWithPaging() {
    String email = "list-" + UUID.randomUUID() + "@example.com";
    String id = json.readTree(registrar.post("/api/v1/users",
        "{\"email\": \"%s\", \"firstName\": \"Edsger\", \"lastName\": \"Dijkstra\"}".formatted(email), Map.of()).body())
        .get("id").asString();
    users.post("/api/v1/users/" + id + "/roles", "{\"role\": \"STAFF\"}", Map.of());
    awaitJson("/api/v1/users/" + id, r -> r.get("version").asLong() == 2);

    JsonNode byEmail = json.readTree(projections.get("/api/v1/users?email=" + email.toUpperCase()).body());
    JsonNode byRoleAndStatus = json.readTree(projections.get("/api/v1/users?role=STAFF&status=INACTIVE&size=100").body());

    assertThat(byEmail.get("total").asLong()).isEqualTo(1);
    assertThat(byEmail.get("items").get(0).get("id").asString()).isEqualTo(id);
    assertThat(byRoleAndStatus.get("items").findValuesAsString("id")).contains(id);
    HttpResponse<String> badStatus = projections.get("/api/v1/users?status=SLEEPING");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badStatus.body()).get("errors").get(0).get("field").asString()).isEqualTo("status");
    assertThat(projections.get("/api/v1/users?size=1000").statusCode()).isEqualTo(400);
    assertThat(projections.get("/api/v1/users/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void resettingTheSinkGroupWithKafkasToolRebuildsIdenticalTables() throws Exception {
    for (int i = 0; i < 3; i++) {
      String id = json.readTree(registrar.post("/api/v1/users",
          "{\"email\": \"replay-%s@example.com\", \"firstName\": \"R\", \"lastName\": \"P\"}".formatted(UUID.randomUUID()),
          Map.of()).body()).get("id").asString();
      users.post("/api/v1/users/" + id + "/activate", null, Map.of());
      awaitJson("/api/v1/users/" + id, r -> r.get("version").asLong() == 2);
    }
    for (String topic : List.of("users.events", "tenants.events", "workspaces.events", "requests.events", "payments.events")) {
      // Distinct event ids: a command processor started under a new application id (as the other test
      // classes' user-services are) re-runs the retained commands and re-publishes the same events.
      // Keys with parked records (other test classes publish records PostgreSQL cannot hold) are left out on both sides.
      List<String> parkedKeys = jdbc.queryForList("SELECT DISTINCT record_key FROM sink_parked_records WHERE source_topic = ?",
          String.class, topic);
      var codec = new SingleObjectCodec();
      long events = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), topic).stream()
          .filter(r -> !parkedKeys.contains(r.key()))
          .map(r -> codec.decode(r.value()))
          .flatMap(decoded -> decoded instanceof DecodeResult.Decoded d ? java.util.stream.Stream.of(d.record()) : java.util.stream.Stream.empty())
          .map(event -> ((Envelope) event.get(event.getSchema().getField("envelope").pos())).getEventId())
          .distinct().count();
      awaitCondition(() -> jdbc.queryForObject("SELECT count(*) FROM event_log WHERE topic = ? AND NOT aggregate_id = ANY(?)",
          Long.class, topic, parkedKeys.toArray(String[]::new)) == events);
    }
    ProjectedTables tables = new ProjectedTables(jdbc);
    List<String> before = tables.settledChecksums();

    var sink = listeners.getListenerContainer("projection-sink");
    sink.stop();
    tables.truncate();
    KafkaTools.resetGroupToEarliest(SharedInfrastructure.kafka().bootstrapServers(), sinkGroup);
    sink.start();

    awaitCondition(() -> before.equals(tables.checksums()));
    assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT event_id) FROM event_log", Long.class)).isZero();
  }

  @Test
  void undecodableRecordsAreParkedByEachConsumerWithTheLaterRecordsOfTheirKeyWhileOtherKeysFlow() throws Exception {
    String poisoned = "poison-" + UUID.randomUUID();
    byte[] garbage = "{\"not\": \"avro\"}".getBytes();
    byte[] unknownFingerprint = new byte[] {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 42};
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        SharedInfrastructure.kafka().bootstrapServers()), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>("users.events", null, poisoned, garbage, List.of(
          new org.apache.kafka.common.header.internals.RecordHeader("written-by", "a broken producer".getBytes(StandardCharsets.UTF_8)),
          new org.apache.kafka.common.header.internals.RecordHeader("trace", new byte[] {(byte) 0xFF, 0, 1})))).get();
      producer.send(new ProducerRecord<>("users.events", poisoned, unknownFingerprint)).get();
    }
    String email = "after-poison-" + UUID.randomUUID() + "@example.com";
    String healthy = json.readTree(registrar.post("/api/v1/users",
        "{\"email\": \"%s\", \"firstName\": \"Still\", \"lastName\": \"Flowing\"}".formatted(email), Map.of()).body())
        .get("id").asString();

    awaitJson("/api/v1/users/" + healthy, r -> r.get("version").asLong() == 1);
    for (String consumer : List.of("state-topologies", "postgresql-sink")) {
      var parked = deadLetters(poisoned, consumer, 2);
      assertThat(parked.get(0).value()).isEqualTo(garbage);
      assertThat(parked.get(1).value()).isEqualTo(unknownFingerprint);
      assertThat(header(parked.get(0), "dlt-source-topic")).isEqualTo("users.events");
      assertThat(header(parked.get(0), "dlt-reason")).contains("C3 01");
      assertThat(header(parked.get(1), "dlt-reason"))
          .isEqualTo("waiting behind users.events-" + header(parked.get(0), "dlt-source-partition") + "@"
              + header(parked.get(0), "dlt-source-offset"));
    }
    JsonNode listed = json.readTree(projections.get("/api/v1/admin/dead-letters?key=" + poisoned).body());
    assertThat(listed.get("postgresqlSink").get("records").findValuesAsString("key")).containsExactly(poisoned, poisoned);
    assertThat(listed.get("stateTopologies").get("records").findValuesAsString("key")).containsExactly(poisoned, poisoned);

    JsonNode first = listed.get("postgresqlSink").get("records").get(0);
    JsonNode inspected = json.readTree(projections.get("/api/v1/admin/dead-letters/record?topic=users.events&key=" + poisoned
        + "&partition=" + first.get("partition").asInt() + "&offset=" + first.get("offset").asLong()).body());
    assertThat(inspected.get("heldBy").valueStream().map(JsonNode::asString).toList())
        .containsExactlyInAnyOrder("postgresql-sink", "state-topologies");
    assertThat(inspected.get("bytes").get("sizeBytes").asInt()).isEqualTo(garbage.length);
    assertThat(java.util.Base64.getDecoder().decode(inspected.get("bytes").get("base64").asString())).isEqualTo(garbage);
    assertThat(inspected.get("bytes").get("decoded").isNull()).isTrue();
    assertThat(inspected.get("bytes").get("diagnostics").asString()).isNotBlank();
    JsonNode headers = inspected.get("original").get("headers");
    assertThat(headers.findValuesAsString("key")).containsExactly("written-by", "trace");
    assertThat(headers.get(0).get("text").asString()).isEqualTo("a broken producer");
    assertThat(headers.get(1).get("text").isNull()).as("not text").isTrue();
    assertThat(java.util.Base64.getDecoder().decode(headers.get(1).get("base64").asString())).containsExactly(0xFF, 0, 1);
    assertThat(inspected.get("original").get("timestamp").asString()).isNotBlank();
    assertThat(projections.get("/api/v1/admin/dead-letters/record?topic=users.events&key=" + poisoned
        + "&partition=0&offset=999999999").statusCode()).isEqualTo(404);
    assertThat(projections.get("/api/v1/admin/dead-letters/record?topic=users.events&partition=0").statusCode()).isEqualTo(400);

    JsonNode republished = json.readTree(projections.post("/api/v1/admin/dead-letters/republish?reason=test&key=" + poisoned,
        null, Map.of()).body());
    assertThat(republished.get("postgresqlSink").get("stillParked").asInt()).as("garbage stays garbage").isEqualTo(2);
    assertThat(republished.get("stateTopologies").get("requestedFor").toString())
        .contains("users.events", "requests.events", "payments.events");
    assertThat(TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), "projection.retries").stream()
        .filter(r -> poisoned.equals(r.key())).map(r -> new String(r.value()))).contains("users.events");

    JsonNode stats = json.readTree(projections.get("/api/v1/events/stats").body());
    assertThat(stats.get("deadLetters").asLong()).isGreaterThanOrEqualTo(4);
    assertThat(stats.get("projections").findValues("parked")).hasSize(2)
        .allSatisfy(p -> assertThat(p.asLong()).isGreaterThanOrEqualTo(2));

    for (var record : deadLetters(poisoned, "postgresql-sink", 2)) {
      JsonNode discarded = json.readTree(projections.post("/api/v1/admin/dead-letters/discard?reason=test&topic=users.events&key="
          + poisoned + "&partition=" + header(record, "dlt-source-partition") + "&offset=" + header(record, "dlt-source-offset"), null, Map.of())
          .body());
      assertThat(discarded.get("postgresqlSink").get("discarded").asBoolean()).isTrue();
    }
    Await.until("nothing of the key parked any more", () -> {
      List<JsonNode> records = json.readTree(projections.get("/api/v1/admin/dead-letters?key=" + poisoned).body())
          .findValues("records");
      return records.size() == 2 && records.stream().allMatch(JsonNode::isEmpty);
    });
    HttpResponse<String> missingOffset = projections.post("/api/v1/admin/dead-letters/discard?topic=users.events&key=k&partition=0",
        null, Map.of());
    assertThat(missingOffset.statusCode()).isEqualTo(400);
    assertThat(json.readTree(missingOffset.body()).get("errors").get(0).get("field").asString()).isEqualTo("offset");
    assertThat(projections.get("/actuator/prometheus").body())
        .contains("eventdesign_projection_dead_letters", "eventdesign_projection_parked{application=\"projection-service\",consumer=\"postgresql-sink\"");
    HttpResponse<String> badTopic = projections.get("/api/v1/admin/dead-letters?topic=nope");
    assertThat(badTopic.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badTopic.body()).get("errors").get(0).get("field").asString()).isEqualTo("topic");
  }

  @Test
  void aRowTheDatabaseRefusesIsParkedWithTheLaterRowsOfItsKeyAndARepublishAfterTheFixAppliesThemInOrder() {
    String id = register("refused");
    String other = register("unaffected");
    awaitJson("/api/v1/users/" + id, r -> r.get("version").asLong() == 1);
    jdbc.execute("ALTER TABLE users ADD CONSTRAINT test_refuses_company CHECK (last_name IS DISTINCT FROM 'Refused')");
    try {
      updateLastName(id, "Refused");
      // the state topology's store cache may fold two quick updates into one state record: let the
      // refused state reach the sink before the next one exists
      deadLetters(id, "postgresql-sink", 1);
      updateLastName(id, "Accepted");
      updateLastName(other, "Refused-Elsewhere");

      awaitJson("/api/v1/users/" + other, r -> r.get("version").asLong() == 2);
      var parked = deadLetters(id, "postgresql-sink", 2);
      assertThat(header(parked.get(0), "dlt-source-topic")).isEqualTo("users.state");
      assertThat(header(parked.get(0), "dlt-reason")).contains("test_refuses_company");
      assertThat(header(parked.get(1), "dlt-reason")).startsWith("waiting behind users.state-");
      assertThat(json.readTree(projections.get("/api/v1/users/" + id).body()).get("version").asLong())
          .as("neither the refused row nor the one behind it is applied").isEqualTo(1);
      JsonNode stillRefused = json.readTree(projections.post("/api/v1/admin/dead-letters/republish?reason=test&topic=users.state&key=" + id,
          null, Map.of()).body());
      assertThat(stillRefused.get("postgresqlSink").get("republished").asInt()).isZero();
      assertThat(stillRefused.get("postgresqlSink").get("stillParked").asInt()).isEqualTo(2);
    } finally {
      jdbc.execute("ALTER TABLE users DROP CONSTRAINT IF EXISTS test_refuses_company");
    }

    JsonNode fixed = json.readTree(projections.post("/api/v1/admin/dead-letters/republish?reason=test&topic=users.state&key=" + id,
        null, Map.of()).body());

    assertThat(fixed.get("postgresqlSink").get("republished").asInt()).isEqualTo(2);
    assertThat(fixed.get("postgresqlSink").get("stillParked").asInt()).isZero();
    JsonNode row = json.readTree(projections.get("/api/v1/users/" + id).body());
    assertThat(row.get("version").asLong()).isEqualTo(3);
    assertThat(row.get("lastName").asString()).isEqualTo("Accepted");
    updateLastName(id, "Later");
    awaitJson("/api/v1/users/" + id, r -> r.get("version").asLong() == 4);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM sink_parked_records WHERE record_key = ?", Long.class, id)).isZero();
  }

  private String register(String name) {
    return json.readTree(registrar.post("/api/v1/users",
        "{\"email\": \"%s-%s@example.com\", \"firstName\": \"A\", \"lastName\": \"B\"}".formatted(name, UUID.randomUUID()),
        Map.of()).body()).get("id").asString();
  }

  private void updateLastName(String id, String lastName) {
    HttpResponse<String> response = users.put("/api/v1/users/" + id + "/profile",
        "{\"firstName\": \"A\", \"lastName\": \"%s\"}".formatted(lastName), Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** The dead letters of {@code key} that {@code consumer} parked, once there are {@code count}. */
  private List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> deadLetters(String key, String consumer,
      int count) {
    return Await.until(count + " dead letters of " + key + " from " + consumer, () -> Optional.of(
            TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), "projection.dead-letters").stream()
                .filter(r -> key.equals(r.key()) && consumer.equals(header(r, "dlt-consumer"))).toList())
        .filter(records -> records.size() >= count));
  }

  private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value());
  }

  private static void awaitCondition(java.util.function.BooleanSupplier condition) {
    Await.until("condition", condition);
  }
}

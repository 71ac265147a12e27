package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.infra.EmbeddedPostgres;
import io.eventdesign.infra.Ports;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.SharedInfrastructure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away in the middle of a load and comes back: the sink pauses and retries, commits
 * no offsets past unapplied events, and catches up without losing or duplicating a row.
 */
@SpringBootTest(properties = "spring.config.name=" + ProjectionServiceApplication.CONFIG_NAME)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageIntegrationTest {

  private static final Path DATA = SharedInfrastructure.newStateDir("outage-postgres");
  private static final int PORT = Ports.free();
  private static EmbeddedPostgres postgres = start();

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.start(DATA, PORT);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One id per test class run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "projection-outage-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("projection-outage").toString());
    registry.add("eventdesign.projections.sink-group", () -> "projection-sink-it-" + RUN);
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + PORT + "/" + EmbeddedPostgres.DATABASE);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Autowired JdbcTemplate jdbc;
  private final SingleObjectCodec codec = new SingleObjectCodec();

  private static Envelope envelope(String type, String id, long version) {
    return Envelope.newBuilder().setEventId(UUID.nameUUIDFromBytes((id + version).getBytes()).toString())
        .setEventType(type).setAggregateType("user").setAggregateId(id).setAggregateVersion(version)
        .setOccurredAt(Instant.now()).setActor("system").setCorrelationId("outage").setCausationId("load")
        .setAttributes(Map.of()).build();
  }

  private void produceUsers(KafkaProducer<String, byte[]> producer, String prefix, int count) {
    for (int i = 0; i < count; i++) {
      String id = prefix + "-" + i;
      send(producer, id, UserRegistered.newBuilder().setEnvelope(envelope("user.registered", id, 1))
          .setEmail(id + "@example.com").setFirstName("Load").setLastName("Test").build());
      send(producer, id, UserActivated.newBuilder().setEnvelope(envelope("user.activated", id, 2)).build());
    }
    producer.flush();
  }

  private void send(KafkaProducer<String, byte[]> producer, String key, SpecificRecord event) {
    producer.send(new ProducerRecord<>(Topics.USERS_EVENTS.name(), key, codec.encode(event)));
  }

  private long count(String sql, String prefix) {
    return jdbc.queryForObject(sql, Long.class, prefix + "-%");
  }

  @Test
  void aDatabaseOutageDuringALoadLosesAndDuplicatesNothing() throws Exception {
    String prefix = "outage-" + UUID.randomUUID();
    try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
        SharedInfrastructure.kafka().bootstrapServers(), "linger.ms", 5), new StringSerializer(), new ByteArraySerializer())) {
      produceUsers(producer, prefix + "-a", 300);
      Await.until("some rows before the outage",
          () -> count("SELECT count(*) FROM event_log WHERE aggregate_id LIKE ?", prefix) > 0);

      postgres.close();
      produceUsers(producer, prefix + "-b", 300);
      Thread.sleep(3_000);
      postgres = EmbeddedPostgres.start(DATA, PORT);
    }

    Await.until("every event mirrored once",
        () -> count("SELECT count(*) FROM event_log WHERE aggregate_id LIKE ?", prefix) == 1200);
    Await.until("every user active",
        () -> count("SELECT count(*) FROM users WHERE id LIKE ? AND status = 'ACTIVE' AND version = 2", prefix) == 600);
    assertThat(count("SELECT count(*) - count(DISTINCT event_id) FROM event_log WHERE aggregate_id LIKE ?", prefix)).isZero();
  }
}

package io.eventdesign.projection.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.user.UserRoleGranted;
import io.eventdesign.projection.streams.DeadLetters;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserStateTopologyTest {

  private final SingleObjectCodec codec = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> events;
  private TestOutputTopic<String, byte[]> states;
  private TestOutputTopic<String, byte[]> deadLetters;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "users-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(UserStateTopology.build(codec), props);
    events = driver.createInputTopic(Topics.USERS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    states = driver.createOutputTopic(Topics.USERS_STATE.name(), new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters = driver.createOutputTopic(Topics.PROJECTION_DEAD_LETTERS.name(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static Envelope envelope(String type, String id, long version, String at) {
    return Envelope.newBuilder().setEventId(id + "-" + version).setEventType(type).setAggregateType("user")
        .setAggregateId(id).setAggregateVersion(version).setOccurredAt(Instant.parse(at)).setActor("system")
        .setCorrelationId("c").setCausationId("cmd").setAttributes(Map.of()).build();
  }

  private void pipe(String id, SpecificRecord event) {
    events.pipeInput(id, codec.encode(event));
  }

  private UserState lastState() {
    return (UserState) ((DecodeResult.Decoded) codec.decode(states.readRecordsToList().getLast().value())).record();
  }

  @Test
  void foldsUserEventsIntoTheCurrentStatePerUser() {
    pipe("u-1", UserRegistered.newBuilder().setEnvelope(envelope("user.registered", "u-1", 1, "2026-01-01T00:00:00Z"))
        .setEmail("ada@example.com").setFirstName("Ada").setLastName("Lovelace").build());
    pipe("u-1", UserActivated.newBuilder().setEnvelope(envelope("user.activated", "u-1", 2, "2026-01-02T00:00:00Z")).build());
    pipe("u-1", UserRoleGranted.newBuilder().setEnvelope(envelope("user.role-granted", "u-1", 3, "2026-01-03T00:00:00Z"))
        .setRole("STAFF").build());

    UserState state = lastState();

    assertThat(state.getId()).isEqualTo("u-1");
    assertThat(state.getVersion()).isEqualTo(3);
    assertThat(state.getStatus()).isEqualTo("ACTIVE");
    assertThat(state.getRoles()).containsExactly("STAFF");
    assertThat(state.getCreatedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(state.getUpdatedAt()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
    assertThat(driver.getKeyValueStore(UserStateTopology.STORE).get("u-1")).isNotNull();
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    var registered = UserRegistered.newBuilder().setEnvelope(envelope("user.registered", "u-1", 1, "2026-01-01T00:00:00Z"))
        .setEmail("ada@example.com").setFirstName("Ada").setLastName("Lovelace").build();
    var activated = UserActivated.newBuilder().setEnvelope(envelope("user.activated", "u-1", 2, "2026-01-02T00:00:00Z")).build();
    pipe("u-1", registered);
    pipe("u-1", activated);
    UserState before = lastState();

    pipe("u-1", registered);

    assertThat(lastState()).isEqualTo(before);
  }

  @Test
  void undecodableRecordsAreParkedWithTheirBytesAndTheStreamMovesOn() {
    byte[] garbage = "{\"this\": \"is JSON, not Avro\"}".getBytes();
    events.pipeInput("u-9", garbage);
    pipe("u-2", UserRegistered.newBuilder().setEnvelope(envelope("user.registered", "u-2", 1, "2026-01-01T00:00:00Z"))
        .setEmail("b@example.com").setFirstName("B").setLastName("C").build());

    var parked = deadLetters.readRecord();
    assertThat(parked.key()).isEqualTo("u-9");
    assertThat(parked.value()).isEqualTo(garbage);
    assertThat(new String(parked.headers().lastHeader(DeadLetters.SOURCE_TOPIC).value())).isEqualTo("users.events");
    assertThat(new String(parked.headers().lastHeader(DeadLetters.REASON).value())).contains("C3 01");
    assertThat(lastState().getId()).isEqualTo("u-2");
  }
}

package io.eventdesign.projection.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.user.UserRoleGranted;
import io.eventdesign.projection.streams.DeadLetters;
import io.eventdesign.projection.streams.EventStreams;
import io.eventdesign.projection.streams.ParkingRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
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
  /** Cleared, the codec is that of an older deployment that does not know {@code user.role-granted} yet. */
  private final AtomicBoolean upgraded = new AtomicBoolean(true);
  private final RecordCodec deployedCodec = new RecordCodec() {
    @Override
    public byte[] encode(SpecificRecord record) {
      return codec.encode(record);
    }

    @Override
    public DecodeResult decode(byte[] bytes) {
      DecodeResult result = codec.decode(bytes);
      if (!upgraded.get() && result instanceof DecodeResult.Decoded decoded && decoded.record() instanceof UserRoleGranted) {
        return new DecodeResult.UnknownFingerprint(decoded.type().fingerprint());
      }
      return result;
    }
  };
  private TopologyTestDriver driver;
  private TestInputTopic<String, String> retries;
  private TestInputTopic<String, byte[]> events;
  private TestOutputTopic<String, byte[]> states;
  private TestOutputTopic<String, byte[]> deadLetters;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "users-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(UserStateTopology.build(deployedCodec), props);
    retries = driver.createInputTopic(Topics.PROJECTION_RETRIES.name(), new StringSerializer(), new StringSerializer());
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

  private static UserRegistered registered(String id) {
    return UserRegistered.newBuilder().setEnvelope(envelope("user.registered", id, 1, "2026-01-01T00:00:00Z"))
        .setEmail(id + "@example.com").setFirstName("A").setLastName("B").build();
  }

  private static UserRoleGranted roleGranted(String id, long version, String role) {
    return UserRoleGranted.newBuilder().setEnvelope(envelope("user.role-granted", id, version, "2026-01-02T00:00:00Z"))
        .setRole(role).build();
  }

  private static String header(org.apache.kafka.streams.test.TestRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value());
  }

  @Test
  void laterEventsOfAnAggregateWaitBehindItsParkedRecordWhileOthersFlow() {
    upgraded.set(false);
    pipe("u-1", registered("u-1"));
    pipe("u-1", roleGranted("u-1", 2, "STAFF"));
    pipe("u-1", UserActivated.newBuilder().setEnvelope(envelope("user.activated", "u-1", 3, "2026-01-03T00:00:00Z")).build());
    pipe("u-2", registered("u-2"));

    var parked = deadLetters.readRecordsToList();
    assertThat(parked).extracting(r -> r.key()).containsExactly("u-1", "u-1");
    assertThat(header(parked.get(0), DeadLetters.REASON)).startsWith("unknown schema fingerprint");
    assertThat(header(parked.get(0), DeadLetters.CONSUMER)).isEqualTo(DeadLetters.TOPOLOGY_CONSUMER);
    assertThat(header(parked.get(1), DeadLetters.REASON)).isEqualTo("waiting behind users.events-0@1");
    assertThat(header(parked.get(1), DeadLetters.SOURCE_OFFSET)).isEqualTo("2");
    assertThat(states.readRecordsToList()).extracting(r -> r.key()).containsExactly("u-1", "u-2");
    UserState stopped = (UserState) driver.getKeyValueStore(UserStateTopology.STORE).get("u-1");
    assertThat(stopped.getVersion()).as("not activated out of order").isEqualTo(1);
  }

  @Test
  void aRepublishAfterTheFixAppliesTheParkedRecordsInOrderExactlyOnce() {
    upgraded.set(false);
    pipe("u-1", registered("u-1"));
    pipe("u-1", roleGranted("u-1", 2, "STAFF"));
    pipe("u-1", UserActivated.newBuilder().setEnvelope(envelope("user.activated", "u-1", 3, "2026-01-03T00:00:00Z")).build());
    states.readRecordsToList();

    retries.pipeInput("u-1", Topics.USERS_EVENTS.name());
    assertThat(states.readRecordsToList()).as("still unknown: nothing re-published").isEmpty();

    upgraded.set(true);
    retries.pipeInput("u-1", Topics.USERS_EVENTS.name());
    retries.pipeInput("u-1", Topics.USERS_EVENTS.name());

    var republished = states.readRecordsToList().stream()
        .map(r -> (UserState) ((DecodeResult.Decoded) codec.decode(r.value())).record()).toList();
    // the state store's cache may fold the two re-published versions into the last one
    assertThat(republished).extracting(UserState::getVersion).endsWith(3L);
    assertThat(republished.getLast().getRoles()).containsExactly("STAFF");
    assertThat(republished.getLast().getStatus()).isEqualTo("ACTIVE");
    assertThat(driver.getKeyValueStore(EventStreams.parkingStore(Topics.USERS_EVENTS)).get("u-1")).isNull();

    pipe("u-1", roleGranted("u-1", 4, "ADMIN"));
    assertThat(lastState().getVersion()).as("the aggregate flows again").isEqualTo(4);
  }

  @Test
  void aRepublishWithoutKeyReplaysEveryParkedAggregateOfThePartition() {
    upgraded.set(false);
    pipe("u-1", registered("u-1"));
    pipe("u-1", roleGranted("u-1", 2, "STAFF"));
    pipe("u-2", registered("u-2"));
    pipe("u-2", roleGranted("u-2", 2, "DESIGNER"));
    states.readRecordsToList();
    upgraded.set(true);

    retries.pipeInput((String) null, Topics.USERS_EVENTS.name());

    assertThat(states.readRecordsToList()).extracting(r -> r.key()).containsExactlyInAnyOrder("u-1", "u-2");
  }

  @Test
  void discardingAnUnreadableParkedRecordReleasesTheRecordsBehindIt() {
    events.pipeInput("u-1", "not ours".getBytes());
    pipe("u-1", registered("u-1"));
    assertThat(states.readRecordsToList()).isEmpty();

    retries.pipeInput("u-1", ParkingRequest.discard(Topics.USERS_EVENTS.name(), 0, 0).value());

    assertThat(lastState().getVersion()).isEqualTo(1);
    assertThat(driver.getKeyValueStore(EventStreams.parkingStore(Topics.USERS_EVENTS)).get("u-1")).isNull();
  }
}

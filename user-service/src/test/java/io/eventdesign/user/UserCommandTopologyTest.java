package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.platform.input.Emails;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The generic command processor and e-mail claim guard, running the user aggregate. */
class UserCommandTopologyTest {

  private final JsonMapper json = JsonMapper.builder().build();
  private final CommandCodec<UserCommand> codec = new CommandCodec<>(json, UserAggregate.DEFINITION.commandTypes());
  private final SingleObjectCodec events = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> registrations;
  private TestInputTopic<String, byte[]> commands;
  private TestOutputTopic<String, byte[]> eventsOut;
  private TestOutputTopic<String, byte[]> replies;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "user-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(UserConfiguration.userTopology(codec, json, Duration.ofHours(1)), props);
    registrations = driver.createInputTopic(Topics.USERS_REGISTRATIONS.name(), new StringSerializer(), new ByteArraySerializer());
    commands = driver.createInputTopic(Topics.USERS_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer());
    eventsOut = driver.createOutputTopic(Topics.USERS_EVENTS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    replies = driver.createOutputTopic(Topics.USERS_COMMAND_REPLIES.name(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static CommandMetadata metadata(String userId, Long expectedVersion, String idempotencyKey) {
    return new CommandMetadata(UUID.randomUUID().toString(), userId, expectedVersion, idempotencyKey,
        "system", null, true, "corr-" + userId, null, Instant.parse("2026-03-01T10:00:00Z"));
  }

  private CommandOutcome register(String userId, String email, String idempotencyKey) {
    var command = new UserCommand.RegisterUser(userId, email, "Ada", "Lovelace", null, "t-" + userId, null);
    registrations.pipeInput(new TestRecord<>(Emails.canonical(email).orElseThrow(),
        codec.encode(metadata(userId, null, idempotencyKey), command), withCorrelation("c-" + userId)));
    return lastReply();
  }

  private CommandOutcome send(String userId, UserCommand command, Long expectedVersion, String idempotencyKey) {
    commands.pipeInput(new TestRecord<>(userId, codec.encode(metadata(userId, expectedVersion, idempotencyKey), command),
        withCorrelation("c-" + UUID.randomUUID())));
    return lastReply();
  }

  private static RecordHeaders withCorrelation(String correlation) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("kafka_correlationId", correlation.getBytes(StandardCharsets.UTF_8));
    return headers;
  }

  private CommandOutcome lastReply() {
    List<TestRecord<String, byte[]>> all = replies.readRecordsToList();
    assertThat(all).hasSize(1);
    assertThat(all.getFirst().headers().lastHeader("kafka_correlationId")).isNotNull();
    return codec.decodeOutcome(all.getFirst().value());
  }

  @Test
  void registrationPassesTheClaimAndRecordsVersionOneWithAStampedEnvelope() {
    CommandOutcome outcome = register("u-1", "ada@example.com", null);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.created()).isTrue();
    assertThat(outcome.version()).isEqualTo(1);
    var record = eventsOut.readRecord();
    assertThat(record.key()).isEqualTo("u-1");
    assertThat(new String(record.headers().lastHeader("event-type").value())).isEqualTo("user.registered");
    var registered = (UserRegistered) ((DecodeResult.Decoded) events.decode(record.value())).record();
    assertThat(registered.getEnvelope().getAggregateVersion()).isEqualTo(1);
    assertThat(registered.getEnvelope().getEventType()).isEqualTo("user.registered");
    assertThat(registered.getEnvelope().getCorrelationId()).isEqualTo("corr-u-1");
    assertThat(registered.getEnvelope().getOccurredAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
  }

  @Test
  void aRegistrationTheAggregateRefusesGivesItsClaimBackSoTheOwnerOfTheAddressCanRegister() {
    register("u-1", "ada@example.com", "key-1");
    eventsOut.readRecordsToList();

    CommandOutcome reused = register("u-1", "bob@example.com", "key-1");
    assertThat(reused.rejection().kind()).isEqualTo(Rejection.Kind.IDEMPOTENCY_KEY_REUSED);
    CommandOutcome existing = register("u-1", "carol@example.com", null);
    assertThat(existing.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(eventsOut.isEmpty()).isTrue();

    assertThat(register("u-2", "bob@example.com", null).accepted()).isTrue();
    assertThat(register("u-3", "carol@example.com", null).accepted()).isTrue();
    assertThat(register("u-4", "ada@example.com", null).rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void aRetriedRegistrationKeepsTheClaimItTookFirst() {
    register("u-1", "ada@example.com", "key-1");
    assertThat(register("u-1", "ada@example.com", "key-1").accepted()).isTrue();

    assertThat(register("u-2", "ada@example.com", null).rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void aSecondAccountWithTheSameEmailInAnyCaseIsRefusedAndRecordsNothing() {
    register("u-1", "ada@example.com", null);
    eventsOut.readRecordsToList();

    CommandOutcome second = register("u-2", "ADA@example.com", null);

    assertThat(second.rejection().kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(second.rejection().field()).isEqualTo("email");
    assertThat(eventsOut.isEmpty()).isTrue();
  }

  @Test
  void versionsIncreaseWithoutGapsAndAStaleExpectedVersionIsRefused() {
    register("u-1", "ada@example.com", null);
    send("u-1", new UserCommand.ActivateUser(), 1L, null);
    eventsOut.readRecordsToList();

    CommandOutcome stale = send("u-1", new UserCommand.GrantRole(UserRole.STAFF), 1L, null);

    assertThat(stale.rejection().kind()).isEqualTo(Rejection.Kind.VERSION_MISMATCH);
    assertThat(stale.version()).isEqualTo(2);
    assertThat(eventsOut.isEmpty()).isTrue();
    assertThat(send("u-1", new UserCommand.GrantRole(UserRole.STAFF), 2L, null).version()).isEqualTo(3);
  }

  @Test
  void aRepeatedIdempotencyKeyReplaysTheOriginalOutcomeAndRecordsOneEvent() {
    register("u-1", "ada@example.com", null);
    eventsOut.readRecordsToList();

    CommandOutcome first = send("u-1", new UserCommand.ActivateUser(), null, "key-1");
    CommandOutcome again = send("u-1", new UserCommand.ActivateUser(), null, "key-1");

    assertThat(again).isEqualTo(first);
    assertThat(eventsOut.readRecordsToList()).hasSize(1)
        .allSatisfy(r -> assertThat(((DecodeResult.Decoded) events.decode(r.value())).record()).isInstanceOf(UserActivated.class));
  }

  @Test
  void anIdempotencyKeyReusedForADifferentCommandIsRefused() {
    register("u-1", "ada@example.com", null);
    send("u-1", new UserCommand.GrantRole(UserRole.STAFF), null, "key-1");

    CommandOutcome reused = send("u-1", new UserCommand.GrantRole(UserRole.ADMIN), null, "key-1");

    assertThat(reused.rejection().kind()).isEqualTo(Rejection.Kind.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void rememberedOutcomesArePurgedAfterTheRetention() {
    register("u-1", "ada@example.com", null);
    send("u-1", new UserCommand.GrantRole(UserRole.STAFF), null, "key-1");

    driver.advanceWallClockTime(Duration.ofHours(2));
    CommandOutcome afterRetention = send("u-1", new UserCommand.RevokeRole(UserRole.STAFF), null, "key-1");

    assertThat(afterRetention.accepted()).isTrue();
    assertThat(afterRetention.version()).isEqualTo(3);
  }

  @Test
  void aCommandNobodyWaitsForIsAppliedWithoutAReplyTheGatewaysCouldNotMatch() {
    register("u-1", "ada@example.com", null);
    eventsOut.readRecordsToList();

    commands.pipeInput(new TestRecord<>("u-1", codec.encode(metadata("u-1", null, null), new UserCommand.ActivateUser())));
    commands.pipeInput(new TestRecord<>("u-1", codec.encode(metadata("u-1", 1L, null), new UserCommand.GrantRole(UserRole.STAFF))));

    assertThat(eventsOut.readRecordsToList()).hasSize(1)
        .allSatisfy(r -> assertThat(((DecodeResult.Decoded) events.decode(r.value())).record()).isInstanceOf(UserActivated.class));
    assertThat(replies.isEmpty()).as("no reply for the accepted nor for the rejected (stale) command").isTrue();
    assertThat(send("u-1", new UserCommand.GrantRole(UserRole.STAFF), 2L, null).version()).isEqualTo(3);
  }

  @Test
  void aRejectedCommandChangesNothing() {
    register("u-1", "ada@example.com", null);
    send("u-1", new UserCommand.ActivateUser(), null, null);
    eventsOut.readRecordsToList();

    CommandOutcome twice = send("u-1", new UserCommand.ActivateUser(), null, null);

    assertThat(twice.rejection().kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(twice.rejection().currentStatus()).isEqualTo("ACTIVE");
    assertThat(eventsOut.isEmpty()).isTrue();
    assertThat(send("u-1", new UserCommand.DeactivateUser("bye"), 2L, null).version()).isEqualTo(3);
  }
}

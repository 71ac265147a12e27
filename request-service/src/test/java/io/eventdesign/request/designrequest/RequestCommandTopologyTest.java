package io.eventdesign.request.designrequest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentRefunded;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.contract.request.RequestCreated;
import io.eventdesign.contract.request.RequestPaid;
import io.eventdesign.contract.request.RequestPaymentFailed;
import io.eventdesign.contract.request.RequestRefunded;
import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.request.catalog.Product;
import io.eventdesign.request.catalog.Question;
import io.eventdesign.request.catalog.QuestionKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
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

/** request-service's topology: the command processor running the request aggregate, and the payment saga's reaction. */
class RequestCommandTopologyTest {

  private static final Product LOGO = new Product("logo", "Logo", "LOGO", 15_000, "EUR",
      List.of(new Question("brand-name", "Brand?", QuestionKind.TEXT, false, null)));

  private final JsonMapper json = JsonMapper.builder().build();
  private final CommandCodec<RequestCommand> codec = new CommandCodec<>(json, RequestAggregate.DEFINITION.commandTypes());
  private final SingleObjectCodec events = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> commands;
  private TestInputTopic<String, byte[]> payments;
  private TestOutputTopic<String, byte[]> requestEvents;
  private TestOutputTopic<String, byte[]> replies;
  private TestInputTopic<String, byte[]> workspaces;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "request-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(RequestConfiguration.requestTopology(codec, json, Duration.ofHours(1)), props);
    commands = driver.createInputTopic(Topics.REQUESTS_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer());
    payments = driver.createInputTopic(Topics.PAYMENTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    requestEvents = driver.createOutputTopic(Topics.REQUESTS_EVENTS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    replies = driver.createOutputTopic(Topics.REQUESTS_COMMAND_REPLIES.name(), new StringDeserializer(),
        new ByteArrayDeserializer());
    workspaces = driver.createInputTopic(Topics.WORKSPACES_STATE.name(), new StringSerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aCreatedRequestIsRecordedAndAnsweredWithItsVersion() {
    CommandOutcome created = send("r-1", new RequestCommand.CreateRequest("r-1", "u-1", null, LOGO, "LOGO-1"), null);

    assertThat(created.accepted()).isTrue();
    assertThat(created.version()).isEqualTo(1);
    assertThat(eventTypes()).containsExactly("request.created");
  }

  @Test
  void aSucceededPaymentMarksTheSubmittedRequestPaidOnceEvenWhenDeliveredTwice() {
    submitted("r-1");

    PaymentSucceeded succeeded = PaymentSucceeded.newBuilder().setEnvelope(envelope("payment.succeeded", "p-1", 3))
        .setRequestId("r-1").setAmount(15_000).setCurrency("EUR").setNetAmount(14_500).setFee(500).setMethod("card")
        .setProviderIntentId("pi-1").build();
    payment(succeeded);
    payment(succeeded);

    List<SpecificRecord> recorded = recordedEvents();
    assertThat(recorded).hasSize(1);
    RequestPaid paid = (RequestPaid) recorded.getFirst();
    assertThat(paid.getPaymentId()).isEqualTo("p-1");
    assertThat(paid.getEnvelope().getAggregateVersion()).isEqualTo(3);
    assertThat(paid.getEnvelope().getCausationId()).isEqualTo(succeeded.getEnvelope().getEventId());
  }

  @Test
  void aFailedPaymentIsRecordedOnTheRequestOnce() {
    submitted("r-1");

    PaymentFailed failed = PaymentFailed.newBuilder().setEnvelope(envelope("payment.failed", "p-1", 3))
        .setRequestId("r-1").setFailureCode("card_declined").setFailureReason("declined").setAttempt(1).build();
    payment(failed);
    payment(failed);

    assertThat(recordedEvents()).singleElement().isInstanceOfSatisfying(RequestPaymentFailed.class,
        f -> assertThat(f.getFailureCode()).isEqualTo("card_declined"));
  }

  @Test
  void aRefundIsNotedOnceWhenItsEventIsDeliveredTwice() {
    submitted("r-1");
    send("r-1", new RequestCommand.CancelRequest("changed my mind", RequestCommand.CancelledBy.CUSTOMER), 2L);
    requestEvents.readRecordsToList();

    PaymentRefunded refunded = PaymentRefunded.newBuilder().setEnvelope(envelope("payment.refunded", "p-1", 4))
        .setRequestId("r-1").setAmount(15_000).setCurrency("EUR").setProviderRefundId("re-1").build();
    payment(refunded);
    payment(refunded);

    assertThat(recordedEvents()).singleElement().isInstanceOf(RequestRefunded.class);
  }

  @Test
  void aPaymentOfARequestThatIsNotSubmittedChangesNothing() {
    send("r-1", new RequestCommand.CreateRequest("r-1", "u-1", null, LOGO, "LOGO-1"), null);
    requestEvents.readRecordsToList();

    payment(PaymentSucceeded.newBuilder().setEnvelope(envelope("payment.succeeded", "p-1", 3)).setRequestId("r-1")
        .setAmount(15_000).setCurrency("EUR").setNetAmount(14_500).setFee(500).setMethod("card")
        .setProviderIntentId("pi-1").build());

    assertThat(requestEvents.isEmpty()).isTrue();
  }

  private void submitted(String requestId) {
    send(requestId, new RequestCommand.CreateRequest(requestId, "u-1", null, LOGO, "LOGO-1"), null);
    CommandOutcome submitted = send(requestId, new RequestCommand.SubmitRequest("ada@example.com", "tok_visa"), 1L);
    assertThat(submitted.accepted()).isTrue();
    assertThat(eventTypes()).containsExactly("request.created", "request.submitted");
    replies.readRecordsToList();
  }

  @Test
  void theMembersOfARequestsWorkspaceActOnItByTheirRoleThereNow() {
    workspace("ACTIVE", Map.of("u-1", "OWNER", "u-2", "EDITOR", "u-3", "VIEWER"));
    CommandOutcome created = send("r-1", new RequestCommand.CreateRequest("r-1", "u-1",
        new WorkspaceSeat("w-1", "t-1", WorkspaceStatus.ACTIVE, WorkspaceRole.OWNER), LOGO, "LOGO-1"), null);
    assertThat(created.accepted()).isTrue();
    RequestCreated event = (RequestCreated) recordedEvents().getFirst();
    assertThat(event.getWorkspaceId()).isEqualTo("w-1");
    assertThat(event.getEnvelope().getTenantId()).as("the workspace's tenant, in the envelope").isEqualTo("t-1");

    CommandOutcome byEditor = sendAs("u-2", "r-1", answer("Editor's"));
    assertThat(byEditor.rejection()).as("an editor who did not create it").isNull();
    assertThat(sendAs("u-3", "r-1", answer("Viewer's")).rejection().kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(sendAs("u-4", "r-1", answer("Outsider's")).rejection().kind()).as("not revealed to outsiders")
        .isEqualTo(Rejection.Kind.NOT_FOUND);

    workspace("ACTIVE", Map.of("u-2", "OWNER"));
    assertThat(sendAs("u-1", "r-1", answer("Creator's")).rejection().kind()).as("its creator, removed from the workspace")
        .isEqualTo(Rejection.Kind.NOT_FOUND);

    workspace("SUSPENDED", Map.of("u-1", "OWNER", "u-2", "OWNER"));
    CommandOutcome frozen = sendAs("u-2", "r-1", answer("While suspended"));
    assertThat(frozen.rejection().kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(frozen.version()).isEqualTo(2);
    assertThat(staff("r-1", new RequestCommand.CancelRequest("tenant closed", RequestCommand.CancelledBy.STAFF)).accepted())
        .as("staff act on it still").isTrue();
    assertThat(recordedEvents()).extracting(record -> ((Envelope) record.get(0)).getTenantId()).containsOnly("t-1");
  }

  private void workspace(String status, Map<String, String> roles) {
    Instant at = Instant.parse("2026-05-01T09:00:00Z");
    workspaces.pipeInput("w-1", events.encode(WorkspaceState.newBuilder().setId("w-1").setVersion(1).setTenantId("t-1")
        .setName("Studio").setStatus(status).setMemberLimit(10)
        .setMembers(roles.entrySet().stream().map(member -> WorkspaceMembership.newBuilder().setUserId(member.getKey())
            .setRole(member.getValue()).setSince(at).build()).toList())
        .setCreatedAt(at).setUpdatedAt(at).setLastEventId("e-1").build()));
  }

  private static RequestCommand answer(String text) {
    return new RequestCommand.RecordAnswer("brand-name", text, null, null);
  }

  private CommandOutcome send(String requestId, RequestCommand command, Long expectedVersion) {
    return send(metadata(requestId, "u-1", false, expectedVersion), command);
  }

  private CommandOutcome sendAs(String userId, String requestId, RequestCommand command) {
    return send(metadata(requestId, userId, false, null), command);
  }

  private CommandOutcome staff(String requestId, RequestCommand command) {
    return send(metadata(requestId, "staff-1", true, null), command);
  }

  private static CommandMetadata metadata(String requestId, String userId, boolean anyOwner, Long expectedVersion) {
    return new CommandMetadata(UUID.randomUUID().toString(), requestId, expectedVersion, null,
        "user:" + userId, userId, anyOwner, "corr-" + requestId, null, Instant.parse("2026-05-01T10:00:00Z"));
  }

  private CommandOutcome send(CommandMetadata metadata, RequestCommand command) {
    String requestId = metadata.aggregateId();
    RecordHeaders headers = new RecordHeaders();
    headers.add("kafka_correlationId", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    commands.pipeInput(new TestRecord<>(requestId, codec.encode(metadata, command), headers));
    List<TestRecord<String, byte[]>> all = replies.readRecordsToList();
    assertThat(all).hasSize(1);
    return codec.decodeOutcome(all.getFirst().value());
  }

  private void payment(SpecificRecord event) {
    payments.pipeInput(((Envelope) event.get(0)).getAggregateId(), events.encode(event));
  }

  private List<String> eventTypes() {
    return requestEvents.readRecordsToList().stream()
        .map(r -> new String(r.headers().lastHeader("event-type").value(), StandardCharsets.UTF_8)).toList();
  }

  private List<SpecificRecord> recordedEvents() {
    return requestEvents.readRecordsToList().stream()
        .map(r -> ((DecodeResult.Decoded) events.decode(r.value())).record()).toList();
  }

  private static Envelope envelope(String type, String paymentId, long version) {
    return Envelope.newBuilder().setEventId(paymentId + "-" + version).setEventType(type).setAggregateType("payment")
        .setAggregateId(paymentId).setAggregateVersion(version).setOccurredAt(Instant.parse("2026-05-01T10:05:00Z"))
        .setActor("service:payment-service").setCorrelationId("corr-r-1").setCausationId("x").setAttributes(Map.of())
        .build();
  }
}

package io.eventdesign.user.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceMemberAdded;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.user.tenant.TenantAggregate;
import io.eventdesign.user.tenant.TenantCommand;
import io.eventdesign.user.tenant.TenantConfiguration;
import io.eventdesign.user.tenant.TenantIds;
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
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The tenant and workspace command processors and the sagas from sign-up to tenant to workspace, under TopologyTestDriver. */
class TenantWorkspaceTopologyTest {

  private static final String ADA = "ada";

  private final JsonMapper json = JsonMapper.builder().build();
  private final CommandCodec<TenantCommand> tenantCodec = new CommandCodec<>(json, TenantAggregate.DEFINITION.commandTypes());
  private final CommandCodec<WorkspaceCommand> workspaceCodec =
      new CommandCodec<>(json, WorkspaceAggregate.DEFINITION.commandTypes());
  private final SingleObjectCodec events = new SingleObjectCodec();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> tenantCommands;
  private TestInputTopic<String, byte[]> tenantEventsIn;
  private TestInputTopic<String, byte[]> userEventsIn;
  private TestInputTopic<String, byte[]> workspaceCommands;
  private TestOutputTopic<String, byte[]> tenantEvents;
  private TestOutputTopic<String, byte[]> workspaceEvents;
  private TestOutputTopic<String, byte[]> replies;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "tenant-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    Topology topology = new Topology();
    TenantConfiguration.addTo(topology, tenantCodec, events, json, Duration.ofHours(1));
    WorkspaceConfiguration.addTo(topology, workspaceCodec, events, json, Duration.ofHours(1));
    driver = new TopologyTestDriver(topology, props);
    tenantCommands = driver.createInputTopic(Topics.TENANTS_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer());
    workspaceCommands = driver.createInputTopic(Topics.WORKSPACES_COMMANDS.name(), new StringSerializer(), new ByteArraySerializer());
    tenantEventsIn = driver.createInputTopic(Topics.TENANTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    userEventsIn = driver.createInputTopic(Topics.USERS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
    tenantEvents = driver.createOutputTopic(Topics.TENANTS_EVENTS.name(), new StringDeserializer(), new ByteArrayDeserializer());
    workspaceEvents = driver.createOutputTopic(Topics.WORKSPACES_EVENTS.name(), new StringDeserializer(),
        new ByteArrayDeserializer());
    replies = driver.createOutputTopic(Topics.USERS_COMMAND_REPLIES.name(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void aNewTenantsFirstWorkspaceIsCreatedWithItsOwnerAndThePlansMemberLimit() {
    assertThat(send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.FREE, ADA, "w-0")).accepted()).isTrue();

    assertThat(decoded(workspaceEvents)).singleElement().isInstanceOfSatisfying(WorkspaceCreated.class, w -> {
      assertThat(w.getEnvelope().getAggregateId()).isEqualTo("w-0");
      assertThat(w.getTenantId()).isEqualTo("t-1");
      assertThat(w.getName()).isEqualTo("Acme");
      assertThat(w.getOwnerId()).isEqualTo(ADA);
      assertThat(w.getMemberLimit()).isEqualTo(TenantPlan.FREE.membersPerWorkspace());
      assertThat(w.getTenantAdminIds()).as("the tenant's admins manage it").containsExactly(ADA);
    });
    assertThat(send("t-1", new TenantCommand.AddWorkspace("w-1", "More", ADA, ADA)).rejection().field())
        .as("the FREE plan's one workspace is taken").isEqualTo("plan");
  }

  @Test
  void aTenantEventDeliveredTwiceCreatesTheWorkspaceOnce() {
    send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.FREE, ADA, "w-0"));
    workspaceEvents.readRecordsToList();
    TestRecord<String, byte[]> added = tenantEvents.readRecordsToList().stream()
        .filter(r -> decoded(r) instanceof TenantWorkspaceAdded).findFirst().orElseThrow();

    tenantEventsIn.pipeInput(added.key(), added.value());

    assertThat(workspaceEvents.isEmpty()).isTrue();
  }

  @Test
  void aSignUpCreatesOneTenantWithItsWorkspaceEvenWhenTheRegistrationIsDeliveredTwice() {
    UserRegistered registered = UserRegistered.newBuilder().setEnvelope(Envelope.newBuilder().setEventId("e-1")
            .setEventType("user.registered").setAggregateType("user").setAggregateId("u-1").setAggregateVersion(1)
            .setOccurredAt(Instant.parse("2026-05-01T10:00:00Z")).setActor("service:auth-server").setCorrelationId("c-1")
            .setCausationId("x").setAttributes(Map.of()).build())
        .setEmail("ada@example.com").setFirstName("Ada").setLastName("Lovelace").setCompany(null).build();

    userEventsIn.pipeInput("u-1", events.encode(registered));
    userEventsIn.pipeInput("u-1", events.encode(registered));

    String tenantId = TenantIds.forRegistration("u-1");
    assertThat(decoded(tenantEvents)).extracting(e -> ((Envelope) e.get(0)).getEventType())
        .containsExactly("tenant.created", "tenant.workspace-added");
    assertThat(decoded(workspaceEvents)).singleElement().isInstanceOfSatisfying(WorkspaceCreated.class, w -> {
      assertThat(w.getTenantId()).isEqualTo(tenantId);
      assertThat(w.getOwnerId()).isEqualTo("u-1");
      assertThat(w.getName()).as("named after the person without a company").isEqualTo("Ada Lovelace");
    });
  }

  @Test
  void anInvitedSignUpJoinsTheInvitingWorkspaceOnceAndCreatesNoTenantEvenWhenTheRegistrationIsDeliveredTwice() {
    send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.TEAM, ADA, "w-0"));
    send("w-0", new WorkspaceCommand.InviteMember("i-1", "bob@example.com", WorkspaceRole.EDITOR, "hash", ADA));
    assertThat(send("w-0", new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "hash", "u-2")).accepted()).isTrue();
    tenantEvents.readRecordsToList();
    workspaceEvents.readRecordsToList();
    UserRegistered registered = UserRegistered.newBuilder().setEnvelope(Envelope.newBuilder().setEventId("e-2")
            .setEventType("user.registered").setAggregateType("user").setAggregateId("u-2").setAggregateVersion(1)
            .setOccurredAt(Instant.parse("2026-05-01T10:00:00Z")).setActor("service:auth-server").setCorrelationId("c-2")
            .setCausationId("x").setAttributes(Map.of()).setTenantId("t-1").build())
        .setEmail("bob@example.com").setFirstName("Bob").setLastName("B").setTenantId("t-1").setInvitedTo("w-0").build();

    userEventsIn.pipeInput("u-2", events.encode(registered));
    userEventsIn.pipeInput("u-2", events.encode(registered));

    assertThat(tenantEvents.isEmpty()).as("no tenant of his own").isTrue();
    assertThat(decoded(workspaceEvents)).singleElement().isInstanceOfSatisfying(WorkspaceMemberAdded.class, m -> {
      assertThat(m.getUserId()).isEqualTo("u-2");
      assertThat(m.getRole()).isEqualTo("EDITOR");
      assertThat(m.getEnvelope().getTenantId()).isEqualTo("t-1");
    });
  }

  @Test
  void aPlanChangeReachesEveryWorkspaceAndADeactivationSuspendsThem() {
    send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.TEAM, ADA, "w-0"));
    send("t-1", new TenantCommand.AddWorkspace("w-1", "One", ADA, ADA));
    workspaceEvents.readRecordsToList();

    send("t-1", new TenantCommand.ChangePlan(TenantPlan.BUSINESS, ADA));
    List<TestRecord<String, byte[]>> limits = workspaceEvents.readRecordsToList();
    assertThat(limits).extracting(TestRecord::key).containsExactly("w-0", "w-1");
    assertThat(limits).allSatisfy(r -> assertThat(((WorkspaceLimitsChanged) decoded(r)).getMemberLimit())
        .isEqualTo(TenantPlan.BUSINESS.membersPerWorkspace()));

    send("t-1", new TenantCommand.DeactivateTenant("unpaid"));
    assertThat(decoded(workspaceEvents)).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(WorkspaceSuspended.class));
  }

  private CommandOutcome send(String tenantId, TenantCommand command) {
    return send(tenantCommands, tenantCodec, tenantId, command);
  }

  private CommandOutcome send(String workspaceId, WorkspaceCommand command) {
    return send(workspaceCommands, workspaceCodec, workspaceId, command);
  }

  private <C> CommandOutcome send(TestInputTopic<String, byte[]> topic, CommandCodec<C> codec, String id, C command) {
    CommandMetadata metadata = new CommandMetadata(UUID.randomUUID().toString(), id, null, null, "user:" + ADA, ADA,
        false, "corr-" + id, null, Instant.parse("2026-05-01T10:00:00Z"));
    String correlation = UUID.randomUUID().toString();
    RecordHeaders headers = new RecordHeaders();
    headers.add("kafka_correlationId", correlation.getBytes(StandardCharsets.UTF_8));
    topic.pipeInput(new TestRecord<>(id, codec.encode(metadata, command), headers));
    TestRecord<String, byte[]> reply = replies.readRecordsToList().stream()
        .filter(r -> correlation.equals(new String(r.headers().lastHeader("kafka_correlationId").value(), StandardCharsets.UTF_8)))
        .findFirst().orElseThrow();
    return codec.decodeOutcome(reply.value());
  }

  private List<SpecificRecord> decoded(TestOutputTopic<String, byte[]> topic) {
    return topic.readRecordsToList().stream().map(this::decoded).toList();
  }

  private SpecificRecord decoded(TestRecord<String, byte[]> record) {
    return ((DecodeResult.Decoded) events.decode(record.value())).record();
  }
}

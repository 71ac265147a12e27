package io.eventdesign.user.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.user.tenant.TenantAggregate;
import io.eventdesign.user.tenant.TenantCommand;
import io.eventdesign.user.tenant.TenantConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

/** The tenant and workspace command processors and the saga between them, under TopologyTestDriver. */
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
    tenantEventsIn = driver.createInputTopic(Topics.TENANTS_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
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
  void aWorkspaceTheTenantTakesIsCreatedWithItsOwnerAndThePlansMemberLimit() {
    assertThat(send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.FREE, ADA)).accepted()).isTrue();
    assertThat(send("t-1", new TenantCommand.AddWorkspace("w-1", "Design", ADA, ADA)).accepted()).isTrue();

    List<SpecificRecord> created = decoded(workspaceEvents);
    assertThat(created).singleElement().isInstanceOfSatisfying(WorkspaceCreated.class, w -> {
      assertThat(w.getEnvelope().getAggregateId()).isEqualTo("w-1");
      assertThat(w.getTenantId()).isEqualTo("t-1");
      assertThat(w.getOwnerId()).isEqualTo(ADA);
      assertThat(w.getMemberLimit()).isEqualTo(TenantPlan.FREE.membersPerWorkspace());
    });
  }

  @Test
  void aTenantEventDeliveredTwiceCreatesTheWorkspaceOnce() {
    send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.FREE, ADA));
    send("t-1", new TenantCommand.AddWorkspace("w-1", "Design", ADA, ADA));
    workspaceEvents.readRecordsToList();
    TestRecord<String, byte[]> added = tenantEvents.readRecordsToList().stream()
        .filter(r -> decoded(r) instanceof TenantWorkspaceAdded).findFirst().orElseThrow();

    tenantEventsIn.pipeInput(added.key(), added.value());

    assertThat(workspaceEvents.isEmpty()).isTrue();
  }

  @Test
  void aPlanChangeReachesEveryWorkspaceAndADeactivationSuspendsThem() {
    send("t-1", new TenantCommand.CreateTenant("t-1", "Acme", TenantPlan.TEAM, ADA));
    send("t-1", new TenantCommand.AddWorkspace("w-1", "One", ADA, ADA));
    send("t-1", new TenantCommand.AddWorkspace("w-2", "Two", ADA, ADA));
    workspaceEvents.readRecordsToList();

    send("t-1", new TenantCommand.ChangePlan(TenantPlan.BUSINESS, ADA));
    List<TestRecord<String, byte[]>> limits = workspaceEvents.readRecordsToList();
    assertThat(limits).extracting(TestRecord::key).containsExactly("w-1", "w-2");
    assertThat(limits).allSatisfy(r -> assertThat(((WorkspaceLimitsChanged) decoded(r)).getMemberLimit())
        .isEqualTo(TenantPlan.BUSINESS.membersPerWorkspace()));

    send("t-1", new TenantCommand.DeactivateTenant("unpaid"));
    assertThat(decoded(workspaceEvents)).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(WorkspaceSuspended.class));
  }

  private CommandOutcome send(String tenantId, TenantCommand command) {
    CommandMetadata metadata = new CommandMetadata(UUID.randomUUID().toString(), tenantId, null, null, "user:" + ADA, ADA,
        false, "corr-" + tenantId, null, Instant.parse("2026-05-01T10:00:00Z"));
    String correlation = UUID.randomUUID().toString();
    RecordHeaders headers = new RecordHeaders();
    headers.add("kafka_correlationId", correlation.getBytes(StandardCharsets.UTF_8));
    tenantCommands.pipeInput(new TestRecord<>(tenantId, tenantCodec.encode(metadata, command), headers));
    TestRecord<String, byte[]> reply = replies.readRecordsToList().stream()
        .filter(r -> correlation.equals(new String(r.headers().lastHeader("kafka_correlationId").value(), StandardCharsets.UTF_8)))
        .findFirst().orElseThrow();
    return tenantCodec.decodeOutcome(reply.value());
  }

  private List<SpecificRecord> decoded(TestOutputTopic<String, byte[]> topic) {
    return topic.readRecordsToList().stream().map(this::decoded).toList();
  }

  private SpecificRecord decoded(TestRecord<String, byte[]> record) {
    return ((DecodeResult.Decoded) events.decode(record.value())).record();
  }
}

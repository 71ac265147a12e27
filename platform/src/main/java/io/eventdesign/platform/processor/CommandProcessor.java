package io.eventdesign.platform.processor;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.EventHeaders;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandCodec.MalformedCommandException;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.command.People;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
import io.eventdesign.platform.workspace.WorkspaceDirectoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single writer of one aggregate type: runs the decider for each command on its partition and,
 * in the one Kafka transaction of exactly-once processing, records the events, the new state and
 * the outcome reply. Commands with an idempotency key seen before get the remembered outcome.
 */
final class CommandProcessor<C, E, S> implements Processor<String, byte[], String, byte[]> {

  private static final Logger log = LoggerFactory.getLogger(CommandProcessor.class);

  private final AggregateDefinition<C, E, S> definition;
  private final CommandCodec<C> commands;
  private final RecordCodec events;
  private final JsonMapper json;
  private final Duration idempotencyRetention;

  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, byte[]> aggregates;
  private KeyValueStore<String, byte[]> idempotency;
  private WorkspaceDirectory workspaces;

  CommandProcessor(
      AggregateDefinition<C, E, S> definition,
      CommandCodec<C> commands,
      RecordCodec events,
      JsonMapper json,
      Duration idempotencyRetention) {
    this.definition = definition;
    this.commands = commands;
    this.events = events;
    this.json = json;
    this.idempotencyRetention = idempotencyRetention;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.aggregates = context.getStateStore(definition.aggregateStoreName());
    this.idempotency = context.getStateStore(definition.idempotencyStoreName());
    this.workspaces = definition.people().consultsWorkspaces()
        ? WorkspaceDirectoryStore.over(context.<KeyValueStore<String, byte[]>>getStateStore(WorkspaceDirectoryStore.STORE))
        : WorkspaceDirectory.NONE;
    Duration purgeEvery = idempotencyRetention.dividedBy(24).compareTo(Duration.ofMinutes(1)) < 0
        ? Duration.ofMinutes(1)
        : idempotencyRetention.dividedBy(24);
    context.schedule(purgeEvery, PunctuationType.WALL_CLOCK_TIME, this::purgeExpiredIdempotencyEntries);
  }

  /** Why the sender may not act, as they stand with the aggregate; null when they may. */
  private Rejection refusalFor(People.Standing standing, CommandMetadata metadata) {
    String aggregate = definition.aggregateType() + " " + metadata.aggregateId();
    return switch (standing) {
      case NONE -> Rejection.notFound(aggregate + " does not exist");
      case READS -> Rejection.forbidden("your role in its workspace lets you read " + aggregate + ", not change it");
      case FROZEN -> Rejection.invalidState(aggregate + " cannot change while its workspace is not active", null);
      case ACTS -> null;
    };
  }

  @Override
  public void process(Record<String, byte[]> record) {
    CommandOutcome outcome = decide(record);
    if (outcome != null) {
      reply(record, outcome);
      ClaimRelease.releaseUnlessTaken(context, record, outcome);
    }
  }

  /** The command's outcome, its events forwarded; null for a record without readable metadata. */
  private CommandOutcome decide(Record<String, byte[]> record) {
    CommandCodec.Parsed<C> parsed;
    try {
      parsed = commands.decode(record.value());
    } catch (MalformedCommandException e) {
      return rejectUnreadable(record, e);
    }
    CommandMetadata metadata = parsed.metadata();
    AggregateSnapshot snapshot = loadSnapshot(metadata.aggregateId());
    S state = stateOf(snapshot);
    if (snapshot.version() > 0) {
      // before the idempotency store and the version: nothing about another's aggregate is revealed
      Rejection refused = refusalFor(definition.standingOf(metadata, state, workspaces), metadata);
      if (refused != null) {
        return CommandOutcome.rejected(metadata, refused.kind() == Rejection.Kind.NOT_FOUND ? 0 : snapshot.version(),
            refused);
      }
    }
    String idempotencyKey = idempotencyStoreKey(metadata);
    if (idempotencyKey != null) {
      byte[] remembered = idempotency.get(idempotencyKey);
      if (remembered != null) {
        return rememberedOutcome(parsed, json.readValue(remembered, IdempotencyEntry.class));
      }
    }
    if (metadata.expectedVersion() != null && metadata.expectedVersion() != snapshot.version()) {
      return CommandOutcome.rejected(metadata, snapshot.version(), versionMismatch(metadata, snapshot));
    }
    CommandOutcome outcome =
        switch (definition.decider().decide(parsed.command(), state)) {
          case Decision.Rejected<E> rejected ->
              CommandOutcome.rejected(metadata, snapshot.version(), rejected.rejection());
          case Decision.Accepted<E> accepted -> apply(record, metadata, snapshot.version(), state, accepted);
        };
    if (idempotencyKey != null && outcome.accepted()) {
      IdempotencyEntry entry = new IdempotencyEntry(parsed.fingerprint(), outcome, context.currentSystemTimeMs());
      idempotency.put(idempotencyKey, json.writeValueAsBytes(entry));
    }
    return outcome;
  }

  private CommandOutcome apply(
      Record<String, byte[]> command, CommandMetadata metadata, long versionBefore, S state, Decision.Accepted<E> accepted) {
    long version = versionBefore;
    for (E event : accepted.events()) {
      version++;
      state = definition.decider().evolve(state, event);
      Envelope envelope = envelope(metadata, version, (int) (version - versionBefore - 1));
      envelope.setTenantId(definition.tenant().tenantOf(state));
      SpecificRecord contractRecord = definition.eventMapper().toRecord(event, state, envelope);
      envelope.setEventType(ContractCatalog.instance().of(contractRecord.getClass()).name());
      context.forward(
          new Record<>(metadata.aggregateId(), events.encode(contractRecord), metadata.issuedAt().toEpochMilli(), eventHeaders(envelope)),
          CommandTopology.eventsSinkName(definition));
    }
    if (version == versionBefore) {
      return outcome(metadata, versionBefore, versionBefore, 0, state);
    }
    aggregates.put(metadata.aggregateId(), json.writeValueAsBytes(new AggregateSnapshot(version, json.valueToTree(state))));
    return outcome(metadata, versionBefore, version, accepted.events().size(), state);
  }

  private CommandOutcome outcome(CommandMetadata metadata, long before, long after, int eventCount, S state) {
    return new CommandOutcome(
        metadata.commandId(), metadata.aggregateId(), after, before == 0 && after > 0, eventCount,
        after == 0 ? null : json.valueToTree(state), null);
  }

  private Envelope envelope(CommandMetadata metadata, long version, int index) {
    return Envelope.newBuilder()
        .setEventId(eventId(metadata, index))
        .setEventType("")
        .setAggregateType(definition.aggregateType())
        .setAggregateId(metadata.aggregateId())
        .setAggregateVersion(version)
        .setOccurredAt(metadata.issuedAt())
        .setActor(metadata.actor())
        .setUserId(metadata.userId())
        .setCorrelationId(metadata.correlationId())
        .setCausationId(metadata.effectiveCausationId())
        .setIdempotencyKey(metadata.idempotencyKey())
        .setAttributes(new HashMap<>())
        .build();
  }

  /** Deterministic, so a transaction retried after a crash writes the same event ids (see {@link CommandOutcome#eventIds}). */
  private static String eventId(CommandMetadata metadata, int index) {
    return CommandOutcome.eventId(metadata.commandId(), index);
  }

  private static Headers eventHeaders(Envelope envelope) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(EventHeaders.EVENT_TYPE, utf8(envelope.getEventType()));
    headers.add(EventHeaders.EVENT_ID, utf8(envelope.getEventId()));
    headers.add(EventHeaders.AGGREGATE_TYPE, utf8(envelope.getAggregateType()));
    headers.add(EventHeaders.CORRELATION_ID, utf8(envelope.getCorrelationId()));
    if (envelope.getTenantId() != null) {
      headers.add(EventHeaders.TENANT_ID, utf8(envelope.getTenantId()));
    }
    return headers;
  }

  private CommandOutcome rememberedOutcome(CommandCodec.Parsed<C> parsed, IdempotencyEntry entry) {
    if (!entry.commandFingerprint().equals(parsed.fingerprint())) {
      Rejection reused = new Rejection(Rejection.Kind.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key was already used for a different request", "Idempotency-Key", null);
      return CommandOutcome.rejected(parsed.metadata(), loadSnapshot(parsed.metadata().aggregateId()).version(), reused);
    }
    log.debug("Replaying remembered outcome for idempotency key {}", parsed.metadata().idempotencyKey());
    return entry.outcome();
  }

  private CommandOutcome rejectUnreadable(Record<String, byte[]> record, MalformedCommandException error) {
    CommandMetadata metadata = commands.metadataOf(record.value());
    log.warn("Unreadable command on {} (key {}): {}", definition.commandsTopic().name(), record.key(), error.getMessage());
    return metadata == null ? null : CommandOutcome.rejected(metadata, 0, Rejection.validation(null, error.getMessage()));
  }

  private void reply(Record<String, byte[]> command, CommandOutcome outcome) {
    CommandReplies.send(context, commands, command, outcome, CommandTopology.repliesSinkName(definition),
        definition.commandsTopic().name());
  }

  private AggregateSnapshot loadSnapshot(String aggregateId) {
    byte[] stored = aggregates.get(aggregateId);
    return stored == null ? new AggregateSnapshot(0, null) : json.readValue(stored, AggregateSnapshot.class);
  }

  private S stateOf(AggregateSnapshot snapshot) {
    return snapshot.version() == 0
        ? definition.decider().initialState()
        : json.treeToValue(snapshot.state(), definition.stateClass());
  }

  private String idempotencyStoreKey(CommandMetadata metadata) {
    String key = metadata.idempotencyKey();
    return key == null || key.isBlank() ? null : metadata.aggregateId() + '\u0000' + key;
  }

  private static Rejection versionMismatch(CommandMetadata metadata, AggregateSnapshot snapshot) {
    return new Rejection(Rejection.Kind.VERSION_MISMATCH,
        "expected version " + metadata.expectedVersion() + " but the current version is " + snapshot.version(),
        "If-Match", null);
  }

  private void purgeExpiredIdempotencyEntries(long nowMillis) {
    long cutoff = nowMillis - idempotencyRetention.toMillis();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> all = idempotency.all()) {
      while (all.hasNext()) {
        KeyValue<String, byte[]> entry = all.next();
        if (json.readValue(entry.value, IdempotencyEntry.class).storedAtMillis() < cutoff) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(idempotency::delete);
    if (!expired.isEmpty()) {
      log.info("Purged {} idempotency entries older than {}", expired.size(), idempotencyRetention);
    }
  }

  private static byte[] utf8(String value) {
    return value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
  }
}

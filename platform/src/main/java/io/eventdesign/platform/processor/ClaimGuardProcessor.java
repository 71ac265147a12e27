package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uniqueness across aggregates (one account per e-mail): commands arrive keyed by the claimed value,
 * so one writer decides each claim. A free claim, or one the same aggregate already holds, is taken
 * and the command moves on to the aggregate's command topic, keyed by aggregate id; a claim held by
 * another aggregate is refused with a conflict naming the field. Taking the claim and forwarding
 * the command happen in one transaction. A claim taken by a command that the aggregate then refuses
 * comes back as a release ({@link ClaimRelease}) and is dropped.
 */
final class ClaimGuardProcessor implements Processor<String, byte[], String, byte[]> {

  private static final Logger log = LoggerFactory.getLogger(ClaimGuardProcessor.class);

  private final UniqueClaim claim;
  private final CommandCodec<?> commands;
  private ProcessorContext<String, byte[]> context;
  private KeyValueStore<String, String> owners;

  ClaimGuardProcessor(UniqueClaim claim, CommandCodec<?> commands) {
    this.claim = claim;
    this.commands = commands;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.owners = context.getStateStore(claim.storeName());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (ClaimRelease.isRelease(record)) {
      release(record);
      return;
    }
    CommandMetadata metadata = commands.metadataOf(record.value());
    if (metadata == null || record.key() == null) {
      log.warn("Dropping unreadable record on the {} claim topic", claim.name());
      return;
    }
    String holder = owners.get(record.key());
    if (holder == null) {
      String taker = ClaimRelease.holder(metadata.aggregateId(), metadata.commandId());
      owners.put(record.key(), taker);
      Record<String, byte[]> taken = record.withKey(metadata.aggregateId())
          .withHeaders(ClaimRelease.markTaken(new RecordHeaders(record.headers().toArray()), claim, record.key(), taker));
      context.forward(taken, CommandTopology.claimForwardSinkName(claim));
      return;
    }
    if (ClaimRelease.ownerOf(holder).equals(metadata.aggregateId())) {
      context.forward(record.withKey(metadata.aggregateId()), CommandTopology.claimForwardSinkName(claim));
      return;
    }
    Rejection taken = Rejection.conflict(claim.conflictMessage(), claim.field());
    CommandOutcome outcome = CommandOutcome.rejected(metadata, 0, taken);
    CommandReplies.send(context, commands, record, outcome, CommandTopology.claimRepliesSinkName(claim),
        claim.claimsTopic().name());
  }

  /** Drops the claim when it is still the one the refused command took; a later holder keeps it. */
  private void release(Record<String, byte[]> record) {
    String holder = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
    if (holder.equals(owners.get(record.key()))) {
      owners.delete(record.key());
      log.info("Released the {} claim taken as {}: the command recorded nothing", claim.name(), holder);
    }
  }
}

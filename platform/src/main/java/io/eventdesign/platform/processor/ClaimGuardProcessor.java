package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
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
 * the command happen in one transaction.
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
    CommandMetadata metadata = commands.metadataOf(record.value());
    if (metadata == null || record.key() == null) {
      log.warn("Dropping unreadable record on the {} claim topic", claim.name());
      return;
    }
    String owner = owners.get(record.key());
    if (owner == null || owner.equals(metadata.aggregateId())) {
      owners.put(record.key(), metadata.aggregateId());
      context.forward(record.withKey(metadata.aggregateId()), CommandTopology.claimForwardSinkName(claim));
      return;
    }
    Rejection taken = Rejection.conflict(claim.conflictMessage(), claim.field());
    CommandOutcome outcome = CommandOutcome.rejected(metadata, 0, taken);
    CommandReplies.send(context, commands, record, outcome, CommandTopology.claimRepliesSinkName(claim),
        claim.claimsTopic().name());
  }
}

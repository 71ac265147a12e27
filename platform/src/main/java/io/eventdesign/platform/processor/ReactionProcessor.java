package io.eventdesign.platform.processor;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns events into commands. Command ids and idempotency keys derive from the event id, so a
 * duplicated event causes the same command, which the command processor applies once. A caused
 * command is issued when the reaction runs (not at the cause's time), so time order follows causation.
 */
final class ReactionProcessor<C> implements Processor<String, byte[], String, byte[]> {

  private static final Logger log = LoggerFactory.getLogger(ReactionProcessor.class);

  private final String name;
  private final String actor;
  private final Reaction<C> reaction;
  private final RecordCodec events;
  private final CommandCodec<C> commands;
  private ProcessorContext<String, byte[]> context;

  ReactionProcessor(String name, String actor, Reaction<C> reaction, RecordCodec events, CommandCodec<C> commands) {
    this.name = name;
    this.actor = actor;
    this.reaction = reaction;
    this.events = events;
    this.commands = commands;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (!(events.decode(record.value()) instanceof DecodeResult.Decoded decoded)) {
      log.warn("Reaction {} skips an undecodable record (key {})", name, record.key());
      return;
    }
    Envelope envelope = (Envelope) decoded.record().get(0);
    List<Reaction.Caused<C>> caused = reaction.react(decoded.record());
    for (int i = 0; i < caused.size(); i++) {
      Reaction.Caused<C> next = caused.get(i);
      String commandId = uuid(name + "/" + envelope.getEventId() + "/" + i);
      CommandMetadata metadata = new CommandMetadata(commandId, next.aggregateId(), null,
          name + ":" + envelope.getEventId() + ":" + i, actor, envelope.getUserId(), true, envelope.getCorrelationId(),
          envelope.getEventId(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
      context.forward(new Record<>(next.aggregateId(), commands.encode(metadata, next.command()), record.timestamp()));
    }
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}

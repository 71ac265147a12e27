package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.command.CommandOutcome;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outcomes for the callers waiting for them: a command sent through the gateway carries the
 * gateway's correlation id, and its outcome goes to the reply topic under that id. A command nobody
 * waits for (a saga's, which carries none) gets no reply, since no gateway could match it; if it was
 * rejected, that is logged, and if it was accepted, its events say so.
 */
final class CommandReplies {

  private static final Logger log = LoggerFactory.getLogger(CommandReplies.class);

  private CommandReplies() {}

  /**
   * @param sink the processor's sink node for the reply topic
   * @param commandsTopic where the command came from, for the log line of an unanswered rejection
   */
  static void send(ProcessorContext<String, byte[]> context, CommandCodec<?> commands, Record<String, byte[]> command,
      CommandOutcome outcome, String sink, String commandsTopic) {
    Header correlation = command.headers().lastHeader(ReplyHeaders.CORRELATION_ID);
    if (correlation == null) {
      if (!outcome.accepted()) {
        log.info("Command {} on {} for {} was rejected and no caller waits for the outcome: {} {}", outcome.commandId(),
            commandsTopic, outcome.aggregateId(), outcome.rejection().kind(), outcome.rejection().message());
      }
      return;
    }
    RecordHeaders headers = new RecordHeaders();
    headers.add(ReplyHeaders.CORRELATION_ID, correlation.value());
    context.forward(new Record<>(outcome.aggregateId(), commands.encodeOutcome(outcome), command.timestamp(), headers), sink);
  }
}

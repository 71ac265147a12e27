package io.eventdesign.platform.command;

import io.eventdesign.platform.decider.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * What became of a command, as the processor replies it to the waiting gateway.
 *
 * @param version the aggregate version after the command (unchanged when rejected)
 * @param created true when the command created the aggregate
 * @param state the aggregate state after the command as JSON, or null when it does not exist
 * @param rejection why it was refused, or null when accepted
 */
public record CommandOutcome(
    String commandId,
    String aggregateId,
    long version,
    boolean created,
    int eventCount,
    JsonNode state,
    Rejection rejection) {

  public boolean accepted() {
    return rejection == null;
  }

  /** The ids of the events the command decided, in order (none when it was refused or changed nothing). */
  public List<String> eventIds() {
    return IntStream.range(0, eventCount).mapToObj(index -> eventId(commandId, index)).toList();
  }

  /** The id of a command's {@code index}th event (from 0): derived, so a retried transaction writes the same ids. */
  public static String eventId(String commandId, int index) {
    return UUID.nameUUIDFromBytes((commandId + "/" + index).getBytes(StandardCharsets.UTF_8)).toString();
  }

  public static CommandOutcome rejected(CommandMetadata metadata, long version, Rejection rejection) {
    return new CommandOutcome(metadata.commandId(), metadata.aggregateId(), version, false, 0, null, rejection);
  }
}

package io.eventdesign.platform.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything about a command that is not its business content. Built at the edge (REST), carried
 * through Kafka, and stamped onto the envelopes of the events the command causes.
 *
 * @param expectedVersion the aggregate version the client last saw ({@code If-Match}), or null
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param causationId the event that caused this command (saga reactions), or null when a client sent it
 */
public record CommandMetadata(
    String commandId,
    String aggregateId,
    Long expectedVersion,
    String idempotencyKey,
    String actor,
    String userId,
    String correlationId,
    String causationId,
    Instant issuedAt) {

  public CommandMetadata {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(aggregateId, "aggregateId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  /** What the command's events name as their cause: the causing event, or the command itself. */
  public String effectiveCausationId() {
    return causationId == null ? commandId : causationId;
  }
}

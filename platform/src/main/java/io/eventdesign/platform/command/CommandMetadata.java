package io.eventdesign.platform.command;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything about a command that is not its business content. Built at the edge (REST), carried
 * through Kafka, and stamped onto the envelopes of the events the command causes.
 *
 * @param expectedVersion the aggregate version the client last saw ({@code If-Match}), or null
 * @param idempotencyKey the client's {@code Idempotency-Key}, or null
 * @param actor who sends it: {@code user:<id>}, {@code service:<client>} or a saga's own actor
 * @param userId the person whose token sent it, or null (service clients, sagas)
 * @param anyOwner the sender may act on aggregates others own: staff (recorded as themselves) and saga
 *     reactions; without it a person may act only on aggregates they own
 * @param causationId the event that caused this command (saga reactions), or null when a client sent it
 */
public record CommandMetadata(
    String commandId,
    String aggregateId,
    Long expectedVersion,
    String idempotencyKey,
    String actor,
    String userId,
    boolean anyOwner,
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

  /** The same metadata under another idempotency key (null: none). */
  public CommandMetadata withIdempotencyKey(String key) {
    return new CommandMetadata(commandId, aggregateId, expectedVersion, key, actor, userId, anyOwner, correlationId,
        causationId, issuedAt);
  }

  /** The same metadata without an expected version (for a command on another aggregate than the request's). */
  public CommandMetadata withoutExpectedVersion() {
    return new CommandMetadata(commandId, aggregateId, null, idempotencyKey, actor, userId, anyOwner, correlationId,
        causationId, issuedAt);
  }

  /** What the command's events name as their cause: the causing event, or the command itself. */
  public String effectiveCausationId() {
    return causationId == null ? commandId : causationId;
  }
}

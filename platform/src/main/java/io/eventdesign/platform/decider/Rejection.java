package io.eventdesign.platform.decider;

import java.util.Objects;

/**
 * Why a command was refused. {@code field} names the offending input field where there is one;
 * {@code currentStatus} tells the client what state the aggregate is in where that explains it.
 */
public record Rejection(Kind kind, String message, String field, String currentStatus) {

  /** Rejection kinds; each maps to one HTTP status at the edge. */
  public enum Kind {
    /** The aggregate does not exist (404). */
    NOT_FOUND,
    /** The aggregate already exists, or a uniqueness claim is held by another (409). */
    CONFLICT,
    /** The command is not allowed in the aggregate's current state (409). */
    INVALID_STATE,
    /** The command's content breaks a business rule (422). */
    VALIDATION,
    /** The client's expected version is not the current one (412). */
    VERSION_MISMATCH,
    /** The idempotency key was used before with a different command (422). */
    IDEMPOTENCY_KEY_REUSED,
    /** The acting person belongs to the aggregate, but their role there does not allow the command (403). */
    FORBIDDEN
  }

  public Rejection {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  public static Rejection notFound(String message) {
    return new Rejection(Kind.NOT_FOUND, message, null, null);
  }

  public static Rejection conflict(String message, String field) {
    return new Rejection(Kind.CONFLICT, message, field, null);
  }

  public static Rejection invalidState(String message, String currentStatus) {
    return new Rejection(Kind.INVALID_STATE, message, null, currentStatus);
  }

  /** The acting person's role on the aggregate does not allow the command. */
  public static Rejection forbidden(String message) {
    return new Rejection(Kind.FORBIDDEN, message, null, null);
  }

  public static Rejection validation(String field, String message) {
    return new Rejection(Kind.VALIDATION, message, field, null);
  }
}

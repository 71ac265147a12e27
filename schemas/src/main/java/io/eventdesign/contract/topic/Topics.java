package io.eventdesign.contract.topic;

import java.time.Duration;
import java.util.List;

/** The catalogue of every topic the system produces or consumes. */
public final class Topics {

  private static final Duration COMMAND_RETENTION = Duration.ofDays(1);
  private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

  /** Every user event, keyed by user id, kept forever. */
  public static final Topic USERS_EVENTS =
      new Topic("users.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "user", Topic.FOREVER);

  /** Current state of every user, compacted, keyed by user id. Produced by projection-service. */
  public static final Topic USERS_STATE =
      new Topic("users.state", Topic.Kind.STATE, Topic.Visibility.PUBLIC, "user", Topic.FOREVER);

  /** User commands, keyed by user id. */
  public static final Topic USERS_COMMANDS =
      new Topic("users.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "user", COMMAND_RETENTION);

  /**
   * Registrations, keyed by normalized e-mail, so that one writer decides each e-mail's claim
   * before the registration moves on to {@link #USERS_COMMANDS}.
   */
  public static final Topic USERS_REGISTRATIONS =
      new Topic("users.registrations", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "user", COMMAND_RETENTION);

  /** Outcomes of user commands, for the REST gateways waiting on them. */
  public static final Topic USERS_COMMAND_REPLIES =
      new Topic("users.command-replies", Topic.Kind.COMMAND_REPLIES, Topic.Visibility.INTERNAL, "user", COMMAND_RETENTION);

  /** Records projection-service could not process, with the original bytes. */
  public static final Topic PROJECTION_DEAD_LETTERS =
      new Topic("projection.dead-letters", Topic.Kind.DEAD_LETTERS, Topic.Visibility.INTERNAL, "any", DEAD_LETTER_RETENTION);

  private Topics() {}

  public static List<Topic> all() {
    return List.of(
        USERS_EVENTS, USERS_STATE, USERS_COMMANDS, USERS_REGISTRATIONS, USERS_COMMAND_REPLIES, PROJECTION_DEAD_LETTERS);
  }
}

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

  /** Every tenant event, keyed by tenant id, kept forever. */
  public static final Topic TENANTS_EVENTS =
      new Topic("tenants.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "tenant", Topic.FOREVER);

  /** Current state of every tenant, compacted, keyed by tenant id. Produced by projection-service. */
  public static final Topic TENANTS_STATE =
      new Topic("tenants.state", Topic.Kind.STATE, Topic.Visibility.PUBLIC, "tenant", Topic.FOREVER);

  /** Tenant commands, keyed by tenant id; their outcomes go to {@link #USERS_COMMAND_REPLIES} (user-service's). */
  public static final Topic TENANTS_COMMANDS =
      new Topic("tenants.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "tenant", COMMAND_RETENTION);

  /** Every workspace event, keyed by workspace id, kept forever. */
  public static final Topic WORKSPACES_EVENTS =
      new Topic("workspaces.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "workspace", Topic.FOREVER);

  /** Current state of every workspace with its members, compacted, keyed by workspace id. Produced by projection-service. */
  public static final Topic WORKSPACES_STATE =
      new Topic("workspaces.state", Topic.Kind.STATE, Topic.Visibility.PUBLIC, "workspace", Topic.FOREVER);

  /** Workspace commands, keyed by workspace id; their outcomes go to {@link #USERS_COMMAND_REPLIES}. */
  public static final Topic WORKSPACES_COMMANDS =
      new Topic("workspaces.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "workspace", COMMAND_RETENTION);

  /** Every design-request event, keyed by request id, kept forever. */
  public static final Topic REQUESTS_EVENTS =
      new Topic("requests.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "request", Topic.FOREVER);

  /** Current state of every design request with its payment summary, compacted, keyed by request id. */
  public static final Topic REQUESTS_STATE =
      new Topic("requests.state", Topic.Kind.STATE, Topic.Visibility.PUBLIC, "request", Topic.FOREVER);

  /** Design-request commands, keyed by request id. */
  public static final Topic REQUESTS_COMMANDS =
      new Topic("requests.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "request", COMMAND_RETENTION);

  /** Outcomes of design-request commands. */
  public static final Topic REQUESTS_COMMAND_REPLIES =
      new Topic("requests.command-replies", Topic.Kind.COMMAND_REPLIES, Topic.Visibility.INTERNAL, "request", COMMAND_RETENTION);

  /** Every payment event, keyed by payment id, kept forever. Every payment event carries its request id. */
  public static final Topic PAYMENTS_EVENTS =
      new Topic("payments.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "payment", Topic.FOREVER);

  /** Current state of every payment, compacted, keyed by payment id. Produced by projection-service. */
  public static final Topic PAYMENTS_STATE =
      new Topic("payments.state", Topic.Kind.STATE, Topic.Visibility.PUBLIC, "payment", Topic.FOREVER);

  /** Payment commands, keyed by payment id. */
  public static final Topic PAYMENTS_COMMANDS =
      new Topic("payments.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "payment", COMMAND_RETENTION);

  /** Outcomes of payment commands. */
  public static final Topic PAYMENTS_COMMAND_REPLIES =
      new Topic("payments.command-replies", Topic.Kind.COMMAND_REPLIES, Topic.Visibility.INTERNAL, "payment", COMMAND_RETENTION);

  /**
   * Every event an external source posted (POST /api/v1/events), keyed by the source's feed id
   * ({@code service:<client>}), kept forever. Written by request-service's command processor.
   */
  public static final Topic FEEDS_EVENTS =
      new Topic("feeds.events", Topic.Kind.EVENTS, Topic.Visibility.PUBLIC, "feed", Topic.FOREVER);

  /** Feed commands (an event to record), keyed by feed id; their outcomes go to {@link #REQUESTS_COMMAND_REPLIES}. */
  public static final Topic FEEDS_COMMANDS =
      new Topic("feeds.commands", Topic.Kind.COMMANDS, Topic.Visibility.INTERNAL, "feed", COMMAND_RETENTION);

  /** Records projection-service could not process, with the original bytes. */
  public static final Topic PROJECTION_DEAD_LETTERS =
      new Topic("projection.dead-letters", Topic.Kind.DEAD_LETTERS, Topic.Visibility.INTERNAL, "any", DEAD_LETTER_RETENTION);

  /**
   * Requests to projection-service's topologies to re-publish the records they parked, keyed by the
   * aggregate id (or without a key, for every parked aggregate of that partition); the value names the
   * source topic. It must have as many partitions as the event topics.
   */
  public static final Topic PROJECTION_RETRIES =
      new Topic("projection.retries", Topic.Kind.CONTROL, Topic.Visibility.INTERNAL, "any", COMMAND_RETENTION);

  private Topics() {}

  public static List<Topic> all() {
    return List.of(
        USERS_EVENTS, USERS_STATE, USERS_COMMANDS, USERS_REGISTRATIONS, USERS_COMMAND_REPLIES,
        TENANTS_EVENTS, TENANTS_STATE, TENANTS_COMMANDS, WORKSPACES_EVENTS, WORKSPACES_STATE, WORKSPACES_COMMANDS,
        REQUESTS_EVENTS, REQUESTS_STATE, REQUESTS_COMMANDS, REQUESTS_COMMAND_REPLIES,
        PAYMENTS_EVENTS, PAYMENTS_STATE, PAYMENTS_COMMANDS, PAYMENTS_COMMAND_REPLIES,
        FEEDS_EVENTS, FEEDS_COMMANDS,
        PROJECTION_DEAD_LETTERS, PROJECTION_RETRIES);
  }
}

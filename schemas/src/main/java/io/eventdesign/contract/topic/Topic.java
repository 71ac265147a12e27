package io.eventdesign.contract.topic;

import java.time.Duration;
import java.util.Map;

/**
 * A Kafka topic of the system. Public topics are a contract with other teams; internal topics
 * may change without notice. Partition count and replication factor are deployment settings.
 */
public record Topic(String name, Kind kind, Visibility visibility, String aggregateType, Duration retention) {

  /** What the topic carries. */
  public enum Kind {
    EVENTS,
    COMMANDS,
    COMMAND_REPLIES,
    STATE,
    DEAD_LETTERS,
    /** Operator requests to a consumer, such as "re-publish what you parked". */
    CONTROL
  }

  /** Who may depend on the topic. */
  public enum Visibility {
    PUBLIC,
    INTERNAL
  }

  /** Retention meaning "keep forever". */
  public static final Duration FOREVER = Duration.ofMillis(-1);

  public boolean compacted() {
    return kind == Kind.STATE;
  }

  /** Topic-level configs this topic must be created with (besides partitions and replicas). */
  public Map<String, String> configs() {
    if (compacted()) {
      return Map.of("cleanup.policy", "compact");
    }
    return Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retention.toMillis()));
  }
}

package io.eventdesign.projection.replay;

import java.time.Instant;
import java.util.List;

/** Progress of a bounded replay. */
public record ReplayStatus(
    String id,
    State state,
    List<String> eventTypes,
    String aggregateType,
    String aggregateId,
    Instant from,
    Instant to,
    String targetTopic,
    List<String> sourceTopics,
    long scannedRecords,
    long replayedEvents,
    Instant startedAt,
    Instant finishedAt,
    String error) {

  /** Where a replay is. */
  public enum State {
    RUNNING,
    COMPLETED,
    FAILED
  }
}

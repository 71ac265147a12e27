package io.eventdesign.projection.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Progress of one table rebuild.
 *
 * Progress is counted in offsets, because under exactly-once the topics also hold transaction
 * markers: {@code replayedRecords} counts the records themselves.
 *
 * @param targetOffsets offsets on the source topics when the rebuild started (the part it must replay
 *     before switching; records arriving later are caught up during the switch)
 * @param parkedRecords records left out of the rebuilt table as the live sink leaves them out (parked
 *     there, unholdable by PostgreSQL, or behind such a record of the same key); see the log for each
 * @param etaSeconds estimated seconds until the target is reached, null when unknown (and while indexing)
 */
public record RebuildStatus(
    String projection,
    State state,
    List<String> sourceTopics,
    Instant startedAt,
    Instant finishedAt,
    long targetOffsets,
    long replayedOffsets,
    long replayedRecords,
    long parkedRecords,
    double percent,
    double offsetsPerSecond,
    Long etaSeconds,
    String error) {

  /** Where a rebuild is. */
  public enum State {
    /** Replaying the source topics into the shadow table; the live table serves reads. */
    RUNNING,
    /**
     * Replay done; building the shadow table's indexes (after removing rows that re-delivered records
     * repeated); the live table serves reads. On a large table this takes a while and has no ETA.
     */
    INDEXING,
    /** Sink paused, catching up the last records, then swapping the tables in one transaction. */
    SWITCHING,
    COMPLETED,
    FAILED
  }
}

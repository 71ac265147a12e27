package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.streams.ConsumerActivity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /api/v1/events/stats}: the log's totals and each projection's lag and parked records, and the
 * dead letters ever written.
 *
 * <p>The totals scan the whole {@code event_log}, which takes seconds once it holds millions of events, so
 * they are answered from the last scan ({@code totalsAsOf} says when it started) while a newer one runs in
 * the background once that is older than {@link #TOTALS_REFRESH_AFTER}. The lags likewise ({@link ProjectionLags},
 * {@code lagsAsOf}); the dead letters ever written are counted at each call ({@link ProjectionLag}).
 */
public final class EventStats implements AutoCloseable {

  static final Duration TOTALS_REFRESH_AFTER = Duration.ofSeconds(2);
  private static final Duration TOTALS_READ_AT_ONCE_AFTER = Duration.ofHours(1);

  /**
   * A consumer of the event topics whose progress is reported.
   *
   * @param parked how many records it holds parked now (null when unknown)
   * @param parkedReason why it holds the record at topic, partition, offset (with that key) parked, if it does
   * @param activity the last record it processed and the last thing that went wrong, on this instance
   */
  public record Projection(String name, String consumerGroup, Supplier<Long> parked, ParkedReason parkedReason,
      ConsumerActivity activity) {}

  /** Why a consumer holds one record parked. */
  @FunctionalInterface
  public interface ParkedReason {
    java.util.Optional<String> of(String topic, int partition, long offset, String key);
  }

  /**
   * A projection's lag and parked records (null while unknown, such as when its topologies are not running).
   *
   * @param events events it has not processed yet; {@code seconds} the age of the oldest of them
   * @param processedOffsets offsets its group has committed past (records and transaction markers)
   * @param lastProcessed the last record it processed on this instance (null: none since it started)
   * @param lastError the last failure on this instance: a record parked, the database unreachable (null: none)
   */
  public record ProjectionStats(String projection, String consumerGroup, long events, double seconds, Long parked,
      long processedOffsets, ConsumerActivity.Processed lastProcessed, ConsumerActivity.Failure lastError) {}

  private final RefreshedInBackground<Map<String, Object>> totals;
  private final ProjectionLag lag;
  private final ProjectionLags lags;
  private final List<Projection> projections;

  public EventStats(EventQueries queries, ProjectionLag lag, ProjectionLags lags, List<Projection> projections) {
    this.totals = new RefreshedInBackground<>("event-log-totals", queries::totals, TOTALS_REFRESH_AFTER,
        TOTALS_READ_AT_ONCE_AFTER);
    this.lag = lag;
    this.lags = lags;
    this.projections = List.copyOf(projections);
  }

  public Map<String, Object> current() {
    var read = totals.get();
    Map<String, Object> stats = new LinkedHashMap<>(read.value());
    stats.put("totalsAsOf", read.asOf());
    var lagRead = lags.current();
    stats.put("lagsAsOf", lagRead.asOf());
    stats.put("projections", projections.stream().map(p -> {
      ProjectionLag.Lag behind = lagRead.value().get(p.name());
      return new ProjectionStats(p.name(), p.consumerGroup(), behind.events(), behind.seconds(), p.parked().get(),
          behind.processedOffsets(), p.activity().lastProcessed().orElse(null), p.activity().lastError().orElse(null));
    }).toList());
    stats.put("deadLetters", lag.recordCount(Topics.PROJECTION_DEAD_LETTERS.name()));
    return stats;
  }

  @Override
  public void close() {
    totals.close();
  }
}

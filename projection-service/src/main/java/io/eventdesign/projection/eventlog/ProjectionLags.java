package io.eventdesign.projection.eventlog;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every projection's lag, read together and answerable at once: the stats and each metrics scrape get the
 * last read (at most about {@link #REFRESH_AFTER} old while someone asks) and a newer one is read in the
 * background, so neither waits on the broker. Nobody asking for {@link #READ_AT_ONCE_AFTER} means the next
 * caller waits for a fresh read.
 */
public final class ProjectionLags implements AutoCloseable {

  static final Duration REFRESH_AFTER = Duration.ofSeconds(1);
  private static final Duration READ_AT_ONCE_AFTER = Duration.ofSeconds(30);

  private final RefreshedInBackground<Map<String, ProjectionLag.Lag>> lags;

  public ProjectionLags(ProjectionLag lag, List<EventStats.Projection> projections) {
    List<EventStats.Projection> all = List.copyOf(projections);
    this.lags = new RefreshedInBackground<>("projection-lags", () -> {
      Map<String, ProjectionLag.Lag> read = new LinkedHashMap<>();
      all.forEach(p -> read.put(p.name(), lag.lagOf(p.name(), p.consumerGroup())));
      return read;
    }, REFRESH_AFTER, READ_AT_ONCE_AFTER);
  }

  /** The lags by projection name, and when their read started. */
  public RefreshedInBackground.Read<Map<String, ProjectionLag.Lag>> current() {
    return lags.get();
  }

  @Override
  public void close() {
    lags.close();
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/events/stats}: the log's totals and each projection's lag and dead letters. */
public final class EventStats {

  /** A projection and the consumer group that feeds it. */
  public record Projection(String name, String consumerGroup) {}

  private final EventQueries queries;
  private final ProjectionLag lag;
  private final List<Projection> projections;

  public EventStats(EventQueries queries, ProjectionLag lag, List<Projection> projections) {
    this.queries = queries;
    this.lag = lag;
    this.projections = List.copyOf(projections);
  }

  public Map<String, Object> current() {
    Map<String, Object> stats = new LinkedHashMap<>(queries.totals());
    stats.put("projections", projections.stream().map(p -> lag.lagOf(p.name(), p.consumerGroup())).toList());
    stats.put("deadLetters", lag.recordCount(Topics.PROJECTION_DEAD_LETTERS.name()));
    return stats;
  }
}

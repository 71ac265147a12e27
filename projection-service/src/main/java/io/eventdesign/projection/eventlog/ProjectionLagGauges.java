package io.eventdesign.projection.eventlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each projection's lag as gauges, for alerting: {@code eventdesign.projection.lag.records} (events its
 * consumer has not processed yet) and {@code eventdesign.projection.lag.seconds} (the age of the oldest of
 * them), tagged {@code projection}. Reading a lag asks the broker, so one read serves every gauge for
 * {@link #REFRESH}; a failed read shows as NaN.
 */
public final class ProjectionLagGauges implements MeterBinder {

  static final Duration REFRESH = Duration.ofSeconds(5);
  private static final Logger log = LoggerFactory.getLogger(ProjectionLagGauges.class);

  private final ProjectionLag lag;
  private final List<EventStats.Projection> projections;
  private final Clock clock;
  private Map<String, ProjectionLag.Lag> latest = Map.of();
  private Instant readAt = Instant.MIN;

  public ProjectionLagGauges(ProjectionLag lag, List<EventStats.Projection> projections, Clock clock) {
    this.lag = lag;
    this.projections = List.copyOf(projections);
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (EventStats.Projection projection : projections) {
      gauge(registry, "eventdesign.projection.lag.records", "Events the projection's consumer has not processed yet",
          projection, l -> l.events());
      gauge(registry, "eventdesign.projection.lag.seconds", "Age of the oldest event the projection has not processed",
          projection, ProjectionLag.Lag::seconds);
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, EventStats.Projection projection,
      ToDoubleFunction<ProjectionLag.Lag> value) {
    Gauge.builder(name, this, gauges -> {
          ProjectionLag.Lag current = gauges.current().get(projection.name());
          return current == null ? Double.NaN : value.applyAsDouble(current);
        })
        .tag("projection", projection.name()).description(description).register(registry);
  }

  private synchronized Map<String, ProjectionLag.Lag> current() {
    Instant now = clock.instant();
    if (Duration.between(readAt, now).compareTo(REFRESH) >= 0) {
      Map<String, ProjectionLag.Lag> read = new HashMap<>();
      for (EventStats.Projection projection : projections) {
        try {
          read.put(projection.name(), lag.lagOf(projection.name(), projection.consumerGroup()));
        } catch (RuntimeException e) {
          log.warn("Could not read the lag of {}: {}", projection.name(), e.getMessage());
        }
      }
      latest = read;
      readAt = now;
    }
    return latest;
  }
}

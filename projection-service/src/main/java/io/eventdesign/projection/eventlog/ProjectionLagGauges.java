package io.eventdesign.projection.eventlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each projection's lag as gauges, for alerting: {@code eventdesign.projection.lag.records} (events its
 * consumer has not processed yet) and {@code eventdesign.projection.lag.seconds} (the age of the oldest of
 * them), tagged {@code projection}. They show the last lags read ({@link ProjectionLags}), so a scrape never
 * waits on the broker; a failed read shows as NaN.
 */
public final class ProjectionLagGauges implements MeterBinder {

  private static final Logger log = LoggerFactory.getLogger(ProjectionLagGauges.class);

  private final ProjectionLags lags;
  private final List<EventStats.Projection> projections;

  public ProjectionLagGauges(ProjectionLags lags, List<EventStats.Projection> projections) {
    this.lags = lags;
    this.projections = List.copyOf(projections);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (EventStats.Projection projection : projections) {
      gauge(registry, "eventdesign.projection.lag.records", "Events the projection's consumer has not processed yet",
          projection, ProjectionLag.Lag::events);
      gauge(registry, "eventdesign.projection.lag.seconds", "Age of the oldest event the projection has not processed",
          projection, ProjectionLag.Lag::seconds);
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, EventStats.Projection projection,
      ToDoubleFunction<ProjectionLag.Lag> value) {
    Gauge.builder(name, this, gauges -> gauges.valueOf(projection, value))
        .tag("projection", projection.name()).description(description).register(registry);
  }

  private double valueOf(EventStats.Projection projection, ToDoubleFunction<ProjectionLag.Lag> value) {
    try {
      ProjectionLag.Lag current = lags.current().value().get(projection.name());
      return current == null ? Double.NaN : value.applyAsDouble(current);
    } catch (RuntimeException e) {
      log.warn("Could not read the lag of {}: {}", projection.name(), e.getMessage());
      return Double.NaN;
    }
  }
}

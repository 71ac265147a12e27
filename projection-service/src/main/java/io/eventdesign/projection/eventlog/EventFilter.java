package io.eventdesign.projection.eventlog;

import java.time.Instant;
import java.util.List;

/** Filters of an event search; null (or empty) means "any". {@code to} is exclusive. */
public record EventFilter(
    String aggregateType,
    String aggregateId,
    List<String> eventTypes,
    String actor,
    String userId,
    String correlationId,
    Instant from,
    Instant to) {

  public EventFilter {
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
  }
}

package io.eventdesign.projection.eventlog;

import java.time.Instant;
import java.util.List;

/**
 * Filters of an event search; null (or empty) means "any". {@code to} is exclusive. {@code ownerId}
 * keeps only the events of aggregates that customer owns (their user, their requests, those requests'
 * payments); null for callers who read everything.
 */
public record EventFilter(
    String aggregateType,
    String aggregateId,
    List<String> eventTypes,
    String actor,
    String userId,
    String tenantId,
    String correlationId,
    Instant from,
    Instant to,
    String ownerId) {

  public EventFilter {
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
  }
}

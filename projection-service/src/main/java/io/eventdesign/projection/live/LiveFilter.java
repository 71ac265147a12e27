package io.eventdesign.projection.live;

import io.eventdesign.contract.envelope.Envelope;
import java.util.List;

/**
 * Which committed events a live stream passes on; null (or empty) criteria match everything.
 *
 * @param eventTypes any of these types
 */
record LiveFilter(String aggregateType, List<String> eventTypes, String tenantId, String actor, String correlationId) {

  LiveFilter {
    eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
  }

  boolean matches(Envelope envelope) {
    return (aggregateType == null || aggregateType.equals(envelope.getAggregateType()))
        && (eventTypes.isEmpty() || eventTypes.contains(envelope.getEventType()))
        && (tenantId == null || tenantId.equals(envelope.getTenantId()))
        && (actor == null || actor.equals(envelope.getActor()))
        && (correlationId == null || correlationId.equals(envelope.getCorrelationId()));
  }
}

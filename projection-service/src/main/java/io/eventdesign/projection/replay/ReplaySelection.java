package io.eventdesign.projection.replay;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.projection.eventlog.EventTopics;
import io.eventdesign.platform.http.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What a replay request selects, checked against the contract: the source topics, the event types (empty:
 * all of the aggregate type), the one aggregate (its key), and the time range [from, to).
 */
record ReplaySelection(List<String> sourceTopics, Set<String> eventTypes, String aggregateType, String aggregateId,
    Instant from, Instant to) {

  /** @throws InvalidRequestException 422 naming the field that selects nothing sensible */
  static ReplaySelection of(ReplayRequest request) {
    if (request.from() != null && !request.from().isBefore(request.to())) {
      throw invalid("to", "to must be after from");
    }
    if (request.aggregateId() != null && request.aggregateType() == null) {
      throw invalid("aggregateType", "an aggregateId needs its aggregateType");
    }
    if (request.eventTypesOrNone().isEmpty() && request.aggregateType() == null) {
      throw invalid("eventTypes", "name the event types or the aggregate type to replay (nothing replays every event by accident)");
    }
    if (request.aggregateType() != null && EventTopics.ALL.stream().noneMatch(t -> t.aggregateType().equals(request.aggregateType()))) {
      throw invalid("aggregateType", "unknown aggregate type " + request.aggregateType());
    }
    List<String> aggregateTypes = request.eventTypesOrNone().stream().map(ReplaySelection::aggregateTypeOf).distinct().toList();
    if (request.aggregateType() != null && aggregateTypes.stream().anyMatch(type -> !type.equals(request.aggregateType()))) {
      throw invalid("eventTypes", "every event type must be of aggregate type " + request.aggregateType());
    }
    List<String> sources = (request.aggregateType() != null ? List.of(request.aggregateType()) : aggregateTypes).stream()
        .map(type -> EventTopics.of(type).name()).toList();
    return new ReplaySelection(sources, Set.copyOf(request.eventTypesOrNone()), request.aggregateType(), request.aggregateId(),
        request.from(), request.to());
  }

  /** Whether a record of type {@code eventType} with {@code key} is selected (its time is checked apart). */
  boolean selects(String eventType, String key) {
    return eventType != null && (eventTypes.isEmpty() || eventTypes.contains(eventType))
        && (aggregateId == null || aggregateId.equals(key));
  }

  private static String aggregateTypeOf(String eventType) {
    return ContractCatalog.instance().byName(eventType).filter(t -> t.kind() == ContractType.Kind.EVENT)
        .map(ContractType::aggregateType)
        .orElseThrow(() -> invalid("eventTypes", "unknown event type " + eventType + " (see /api/v1/events/types)"));
  }

  private static InvalidRequestException invalid(String field, String message) {
    return new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, field, message);
  }
}

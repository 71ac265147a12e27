package io.eventdesign.projection.eventlog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders the events of one correlation so that every event comes after the event that caused it
 * and after the earlier versions of its own aggregate; otherwise by time. Causes outside the set
 * (commands from clients or webhooks) are roots.
 */
public final class CausalOrder {

  private static final Comparator<EventRow> TIME =
      Comparator.comparing(EventRow::occurredAt).thenComparing(EventRow::aggregateId)
          .thenComparingLong(EventRow::aggregateVersion);

  private CausalOrder() {}

  public static List<EventRow> sort(List<EventRow> events) {
    Map<String, EventRow> byId = new HashMap<>();
    events.forEach(e -> byId.put(e.eventId(), e));
    Map<String, EventRow> previousVersion = new HashMap<>();
    Map<String, EventRow> latestByAggregate = new HashMap<>();
    events.stream().sorted(Comparator.comparing(EventRow::aggregateId).thenComparingLong(EventRow::aggregateVersion))
        .forEach(e -> {
          EventRow before = latestByAggregate.put(e.aggregateType() + "/" + e.aggregateId(), e);
          if (before != null) {
            previousVersion.put(e.eventId(), before);
          }
        });
    Map<String, List<EventRow>> after = new HashMap<>();
    Map<String, Integer> waitingOn = new HashMap<>();
    for (EventRow event : events) {
      for (EventRow prerequisite : prerequisites(event, byId, previousVersion)) {
        after.computeIfAbsent(prerequisite.eventId(), k -> new ArrayList<>()).add(event);
        waitingOn.merge(event.eventId(), 1, Integer::sum);
      }
    }
    PriorityQueue<EventRow> ready = new PriorityQueue<>(TIME);
    events.stream().filter(e -> !waitingOn.containsKey(e.eventId())).forEach(ready::add);
    List<EventRow> ordered = new ArrayList<>(events.size());
    while (!ready.isEmpty()) {
      EventRow next = ready.poll();
      ordered.add(next);
      for (EventRow dependent : after.getOrDefault(next.eventId(), List.of())) {
        if (waitingOn.merge(dependent.eventId(), -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    if (ordered.size() < events.size()) {
      // A cycle cannot come from real causation; fall back to time order rather than drop events.
      return events.stream().sorted(TIME).toList();
    }
    return ordered;
  }

  private static List<EventRow> prerequisites(EventRow event, Map<String, EventRow> byId, Map<String, EventRow> previous) {
    List<EventRow> prerequisites = new ArrayList<>(2);
    EventRow cause = byId.get(event.causationId());
    if (cause != null && cause != event) {
      prerequisites.add(cause);
    }
    EventRow before = previous.get(event.eventId());
    if (before != null && before != cause) {
      prerequisites.add(before);
    }
    return prerequisites;
  }
}

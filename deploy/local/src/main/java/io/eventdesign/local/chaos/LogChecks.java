package io.eventdesign.local.chaos;

import io.eventdesign.local.chaos.EventLog.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The log against the commands: every command whose outcome is known (acknowledged, or answered on a
 * retry with its key) has exactly its events on its aggregate, a design request or a user; no event is there twice; every aggregate's versions run from
 * 1 without a gap; no design request exists that no command created (the run's cluster is new).
 */
final class LogChecks {

  private LogChecks() {}

  static List<String> violations(List<Command> known, EventLog log) {
    List<String> violations = new ArrayList<>();
    log.undecodable().forEach(at -> violations.add("the record at " + at + " does not decode"));
    Set<String> eventIds = new HashSet<>();
    log.all().filter(event -> !eventIds.add(event.eventId()))
        .forEach(event -> violations.add("event " + event.eventId() + " (" + event.type() + ") is on a topic twice"));
    Map<String, Map<Command.Kind, Long>> acknowledged = new HashMap<>();
    for (Command command : known) {
      if (command.aggregateId() == null) {
        violations.add("command " + command.key() + " was acknowledged (" + command.status() + ") without an aggregate id");
      } else {
        acknowledged.computeIfAbsent(command.aggregateId(), id -> new HashMap<>()).merge(command.kind(), 1L, Long::sum);
      }
    }
    Map<String, List<Event>> requests = log.requestsById();
    Map<String, List<Event>> histories = new HashMap<>(requests);
    histories.putAll(log.usersById());
    acknowledged.forEach((id, commands) -> {
      List<Event> history = histories.getOrDefault(id, List.of());
      for (Command.Kind kind : Command.Kind.values()) {
        long expected = commands.getOrDefault(kind, 0L);
        long recorded = EventLog.count(history, kind.eventType);
        if (recorded != expected) {
          violations.add(id + ": " + expected + " acknowledged " + kind + " commands, " + recorded + " "
              + kind.eventType + " events");
        }
      }
    });
    requests.keySet().stream().filter(id -> !acknowledged.containsKey(id))
        .forEach(id -> violations.add("request " + id + " exists but no known command created it"));
    Stream.of(requests, log.paymentsById(), log.usersById()).flatMap(aggregates -> aggregates.entrySet().stream())
        .filter(aggregate -> !contiguousFromOne(aggregate.getValue()))
        .forEach(aggregate -> violations.add(aggregate.getKey() + ": versions are not 1.." + aggregate.getValue().size()
            + " in order: " + aggregate.getValue().stream().map(Event::version).toList()));
    return violations;
  }

  private static boolean contiguousFromOne(List<Event> history) {
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).version() != i + 1) {
        return false;
      }
    }
    return true;
  }
}

package io.eventdesign.local.chaos;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.TopicReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What must hold once the run has settled, whatever was killed: every command whose outcome is known
 * (acknowledged, or answered on a retry with its key) has exactly its events on the topic, no event is
 * there twice, every aggregate's versions run from 1 without a gap, no aggregate exists that no command
 * asked for, and the read model holds every aggregate at the version of its last event.
 */
final class EventLogCheck {

  private final SingleObjectCodec codec = new SingleObjectCodec();

  /** An event of the topic, by the fields the checks need. */
  record Event(String eventId, String type, String aggregateId, long version) {}

  List<String> violations(String bootstrapServers, String jdbcUrl, List<Command> known) throws Exception {
    List<Event> events = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(bootstrapServers, Topics.REQUESTS_EVENTS.name())) {
      if (codec.decode(record.value()) instanceof DecodeResult.Decoded decoded) {
        Envelope envelope = (Envelope) decoded.record().get(0);
        events.add(new Event(envelope.getEventId().toString(), envelope.getEventType().toString(),
            envelope.getAggregateId().toString(), envelope.getAggregateVersion()));
      }
    }
    List<String> violations = new ArrayList<>();
    Set<String> eventIds = new HashSet<>();
    Map<String, List<Event>> byAggregate = new TreeMap<>();
    for (Event event : events) {
      if (!eventIds.add(event.eventId())) {
        violations.add("event " + event.eventId() + " is on the topic twice");
      }
      byAggregate.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event);
    }
    Map<String, Long> answered = new HashMap<>();
    Set<String> created = new HashSet<>();
    for (Command command : known) {
      if (command.requestId() == null) {
        violations.add("command " + command.key() + " was acknowledged (" + command.status() + ") without a request id");
      } else if (command.kind() == Command.Kind.CREATE) {
        created.add(command.requestId());
      } else {
        answered.merge(command.requestId(), 1L, Long::sum);
      }
    }
    for (String id : created) {
      List<Event> history = byAggregate.getOrDefault(id, List.of());
      long creations = history.stream().filter(e -> e.type().equals("request.created")).count();
      long answers = history.stream().filter(e -> e.type().equals("request.answer-recorded")).count();
      if (creations != 1) {
        violations.add("request " + id + ": acknowledged creation has " + creations + " request.created events");
      }
      if (answers != answered.getOrDefault(id, 0L)) {
        violations.add("request " + id + ": " + answered.getOrDefault(id, 0L) + " acknowledged answers, " + answers + " events");
      }
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).version() != i + 1) {
          violations.add("request " + id + ": versions are not 1.." + history.size() + " in order: "
              + history.stream().map(Event::version).toList());
          break;
        }
      }
    }
    // the run's cluster is new: every request on the topic was made by one of its commands
    byAggregate.keySet().stream().filter(id -> !created.contains(id))
        .forEach(id -> violations.add("request " + id + " exists but no known command created it"));
    violations.addAll(settledReadModelViolations(jdbcUrl, created, byAggregate));
    return violations;
  }

  /** The read model may still be catching up with the last events: it gets a minute to agree. */
  private static List<String> settledReadModelViolations(String jdbcUrl, Set<String> created,
      Map<String, List<Event>> byAggregate) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    List<String> violations = readModelViolations(jdbcUrl, created, byAggregate);
    while (!violations.isEmpty() && System.currentTimeMillis() < deadline) {
      Thread.sleep(1000);
      violations = readModelViolations(jdbcUrl, created, byAggregate);
    }
    return violations;
  }

  private static List<String> readModelViolations(String jdbcUrl, Set<String> created, Map<String, List<Event>> byAggregate)
      throws Exception {
    List<String> violations = new ArrayList<>();
    try (Connection database = DriverManager.getConnection(jdbcUrl, "postgres", "");
        PreparedStatement select = database.prepareStatement("SELECT version FROM design_request_states WHERE id = ?")) {
      for (String id : created) {
        select.setString(1, id);
        try (ResultSet row = select.executeQuery()) {
          long expected = byAggregate.getOrDefault(id, List.of()).size();
          if (!row.next()) {
            violations.add("request " + id + ": no row in design_request_states");
          } else if (row.getLong(1) != expected) {
            violations.add("request " + id + ": row at version " + row.getLong(1) + ", events up to " + expected);
          }
        }
      }
    }
    return violations;
  }
}

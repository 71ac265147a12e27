package io.eventdesign.local.hostile;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * What a refused request must not change: the end offset of every partition of every topic on the
 * broker (events, state, changelogs of every store, claims, dead letters, retries, replays, commands
 * and replies; not the broker's own {@code __} topics) and the row count of every projection table.
 */
record SystemSnapshot(Map<TopicPartition, Long> endOffsets, Map<String, Long> rows) {

  static final List<String> TABLES =
      List.of("users", "design_request_states", "design_request_answers", "event_log", "sink_parked_records", "operator_audit");

  /** The command transport: a command the aggregate refuses leaves itself and its reply here, nothing else. */
  static final Set<String> TRANSPORT_TOPICS = Topics.all().stream()
      .filter(t -> t.kind() == Topic.Kind.COMMANDS || t.kind() == Topic.Kind.COMMAND_REPLIES)
      .map(Topic::name).collect(Collectors.toSet());

  /** Reads the broker and the database. */
  static final class Reader implements AutoCloseable {
    private final Admin admin;
    private final Connection database;

    Reader(String bootstrapServers, String jdbcUrl) throws SQLException {
      this.admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers));
      this.database = DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    SystemSnapshot take() {
      try {
        Set<String> topics = admin.listTopics().names().get().stream().filter(t -> !t.startsWith("__"))
            .collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> offsets = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
        admin.listOffsets(latest).all().get().forEach((partition, info) -> offsets.put(partition, info.offset()));
        return new SystemSnapshot(offsets, rows());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException | SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private Map<String, Long> rows() throws SQLException {
      String counts = TABLES.stream().map(t -> "(SELECT count(*) FROM " + t + ")").collect(Collectors.joining(", "));
      try (var statement = database.createStatement(); ResultSet result = statement.executeQuery("SELECT " + counts)) {
        result.next();
        Map<String, Long> rows = new TreeMap<>();
        for (int i = 0; i < TABLES.size(); i++) {
          rows.put(TABLES.get(i), result.getLong(i + 1));
        }
        return rows;
      }
    }

    @Override
    public void close() throws SQLException {
      admin.close();
      database.close();
    }
  }

  /** What changed from {@code before} to this snapshot, leaving out the transport topics when asked. */
  List<String> changesSince(SystemSnapshot before, boolean ignoringTransport) {
    List<String> changes = new java.util.ArrayList<>();
    endOffsets.forEach((partition, offset) -> {
      long was = before.endOffsets.getOrDefault(partition, 0L);
      if (offset != was && !(ignoringTransport && TRANSPORT_TOPICS.contains(partition.topic()))) {
        changes.add(partition + " end offset " + was + " -> " + offset);
      }
    });
    rows.forEach((table, count) -> {
      if (!count.equals(before.rows.get(table))) {
        changes.add("table " + table + " rows " + before.rows.get(table) + " -> " + count);
      }
    });
    return changes;
  }
}

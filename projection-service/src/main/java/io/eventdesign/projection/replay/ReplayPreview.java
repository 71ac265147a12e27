package io.eventdesign.projection.replay;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a replay would touch, before it runs: per source partition the offsets it would read (from the first
 * record at {@code from}, or the start, to the end now), and how many events of the event log match it.
 */
public final class ReplayPreview {

  /** One partition's range: the replay reads offsets [from, to). */
  public record Range(String topic, int partition, long fromOffset, long toOffset) {}

  /**
   * @param offsetsToRead offsets in the ranges (records and transaction markers): what the replay scans
   * @param matchingEvents events of the event log the selection matches (by type, aggregate and occurred time):
   *     about what it re-delivers
   */
  public record Preview(List<String> sourceTopics, List<Range> ranges, long offsetsToRead, long matchingEvents) {}

  private final Map<String, Object> consumerConfig;
  private final JdbcClient jdbc;

  public ReplayPreview(Map<String, Object> consumerConfig, JdbcClient jdbc) {
    Map<String, Object> config = new HashMap<>(consumerConfig);
    config.remove("group.id");
    config.put("enable.auto.commit", false);
    this.consumerConfig = Map.copyOf(config);
    this.jdbc = jdbc;
  }

  Preview of(ReplaySelection selection) {
    List<Range> ranges = new ArrayList<>();
    try (var reader = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      selection.sourceTopics().forEach(t -> reader.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
      Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
      Map<TopicPartition, Long> starts = reader.beginningOffsets(partitions);
      Map<TopicPartition, OffsetAndTimestamp> atFrom = selection.from() == null ? Map.of() : reader.offsetsForTimes(
          partitions.stream().collect(HashMap::new, (m, p) -> m.put(p, selection.from().toEpochMilli()), HashMap::putAll));
      for (TopicPartition partition : partitions) {
        long from = selection.from() == null ? starts.get(partition)
            : atFrom.get(partition) == null ? ends.get(partition) : atFrom.get(partition).offset();
        ranges.add(new Range(partition.topic(), partition.partition(), from, ends.get(partition)));
      }
    }
    long offsets = ranges.stream().mapToLong(r -> Math.max(0, r.toOffset() - r.fromOffset())).sum();
    return new Preview(selection.sourceTopics(), ranges, offsets, matching(selection));
  }

  private long matching(ReplaySelection selection) {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM event_log WHERE topic = ANY(?) AND occurred_at < ?");
    List<Object> params = new ArrayList<>(List.of(selection.sourceTopics().toArray(String[]::new), Timestamp.from(selection.to())));
    if (selection.from() != null) {
      sql.append(" AND occurred_at >= ?");
      params.add(Timestamp.from(selection.from()));
    }
    if (!selection.eventTypes().isEmpty()) {
      sql.append(" AND event_type = ANY(?)");
      params.add(selection.eventTypes().toArray(String[]::new));
    }
    if (selection.aggregateId() != null) {
      sql.append(" AND aggregate_id = ?");
      params.add(selection.aggregateId());
    }
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }
}

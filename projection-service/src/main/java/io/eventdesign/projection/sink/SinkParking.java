package io.eventdesign.projection.sink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.eventdesign.projection.streams.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The sink's parked records in PostgreSQL ({@code sink_parked_records}), changed in the same database
 * transaction as the tables. Writing batches hold the {@link SinkBatchLock} shared and a re-publish holds
 * it exclusively, so a re-publish never interleaves with a batch that is parking behind the same key.
 */
public final class SinkParking {

  /** A parked record. */
  public record Parked(String topic, int partition, long offset, String key, String reason, byte[] value) {

    public static Parked of(ConsumerRecord<String, byte[]> record, String reason) {
      return new Parked(record.topic(), record.partition(), record.offset(), record.key(), reason, record.value());
    }

    /** {@code topic-partition@offset}. */
    public String position() {
      return DeadLetters.position(topic, partition, offset);
    }

    public ConsumerRecord<String, byte[]> asConsumerRecord() {
      return new ConsumerRecord<>(topic, partition, offset, key, value);
    }
  }

  /** A topic and a record key: the unit that is applied in order. */
  public record TopicKey(String topic, String key) {}


  private static final RowMapper<Parked> PARKED = (rs, row) -> new Parked(rs.getString(1), rs.getInt(2), rs.getLong(3),
      rs.getString(4), rs.getString(5), rs.getBytes(6));

  private final JdbcTemplate jdbc;

  public SinkParking(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** For each of {@code keys} that has parked records, the position of its oldest one. */
  Map<TopicKey, String> parkedAmong(Collection<String> keys) {
    Map<TopicKey, String> heads = new HashMap<>();
    if (keys.isEmpty()) {
      return heads;
    }
    jdbc.query("""
        SELECT DISTINCT ON (source_topic, record_key) source_topic, record_key, source_partition, source_offset
        FROM sink_parked_records WHERE record_key = ANY(?)
        ORDER BY source_topic, record_key, source_partition, source_offset""",
        rs -> {
          heads.put(new TopicKey(rs.getString(1), rs.getString(2)),
              DeadLetters.position(rs.getString(1), rs.getInt(3), rs.getLong(4)));
        },
        (Object) keys.toArray(String[]::new));
    return heads;
  }

  /** Stores {@code parked}; a record parked already (a re-delivered batch) is left as it is. */
  void park(List<Parked> parked) {
    jdbc.batchUpdate("""
        INSERT INTO sink_parked_records (source_topic, source_partition, source_offset, record_key, reason, value_bytes)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", parked, parked.size(), (ps, p) -> {
          ps.setString(1, p.topic());
          ps.setInt(2, p.partition());
          ps.setLong(3, p.offset());
          ps.setString(4, p.key());
          ps.setString(5, p.reason());
          ps.setBytes(6, p.value());
        });
  }

  /** The parked records, optionally of one topic and/or key, per topic and key in offset order. */
  public List<Parked> parked(String topic, String key, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder("TRUE");
    if (topic != null) {
      where.append(" AND source_topic = ?");
      args.add(topic);
    }
    if (key != null) {
      where.append(" AND record_key = ?");
      args.add(key);
    }
    args.add(limit);
    return jdbc.query("""
        SELECT source_topic, source_partition, source_offset, record_key, reason, value_bytes
        FROM sink_parked_records WHERE %s
        ORDER BY source_topic, record_key, source_partition, source_offset LIMIT ?""".formatted(where),
        PARKED, args.toArray());
  }

  /** The record parked at {@code topic-partition@offset}, if any. */
  public Optional<Parked> find(String topic, int partition, long offset) {
    return jdbc.query("""
        SELECT source_topic, source_partition, source_offset, record_key, reason, value_bytes
        FROM sink_parked_records WHERE source_topic = ? AND source_partition = ? AND source_offset = ?""",
        PARKED, topic, partition, offset).stream().findFirst();
  }

  /** The positions ({@code topic-partition@offset}) of the records parked from {@code topic}. */
  public List<String> positions(String topic) {
    return jdbc.query("SELECT source_partition, source_offset FROM sink_parked_records WHERE source_topic = ?",
        (rs, row) -> DeadLetters.position(topic, rs.getInt(1), rs.getLong(2)), topic);
  }

  void remove(Parked parked) {
    jdbc.update("DELETE FROM sink_parked_records WHERE source_topic = ? AND source_partition = ? AND source_offset = ?",
        parked.topic(), parked.partition(), parked.offset());
  }

  void updateReason(Parked parked, String reason) {
    jdbc.update("UPDATE sink_parked_records SET reason = ? WHERE source_topic = ? AND source_partition = ? AND source_offset = ?",
        reason, parked.topic(), parked.partition(), parked.offset());
  }

  public long count() {
    Long count = jdbc.queryForObject("SELECT count(*) FROM sink_parked_records", Long.class);
    return count == null ? 0 : count;
  }
}

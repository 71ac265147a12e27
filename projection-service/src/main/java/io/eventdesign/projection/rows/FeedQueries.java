package io.eventdesign.projection.rows;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event log and read-model reads of a row check: one feed's events of one row, and rows by key. */
final class FeedQueries {

  /** An event a row applied last, where the log holds it. */
  record Applied(String eventId, String eventType, long version, String topic, int partition, long offset) {}

  private static final Pattern PAYLOAD_FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final JdbcClient jdbc;
  private final RecordCodec codec;

  FeedQueries(JdbcClient jdbc, RecordCodec codec) {
    this.jdbc = jdbc;
    this.codec = codec;
  }

  /** The highest version of the feed's events for the row {@code id} in the event log (0: none). */
  long latestVersion(RowSource.Feed feed, String id) {
    return jdbc.sql("SELECT coalesce(max(aggregate_version), 0) FROM event_log WHERE " + of(feed))
        .params(feed.aggregateType(), id).query(Long.class).single();
  }

  /** The feed's events up to {@code version}, folded by its reducer (null: none). */
  @SuppressWarnings("unchecked")
  <S> S foldUpTo(RowSource.Feed feed, String id, long version) {
    BiFunction<S, SpecificRecord, S> reducer = (BiFunction<S, SpecificRecord, S>) feed.fold().reducer();
    List<byte[]> values = jdbc.sql("SELECT value_bytes FROM event_log WHERE " + of(feed)
            + " AND aggregate_version <= ? AND value_bytes IS NOT NULL ORDER BY aggregate_id, aggregate_version")
        .params(feed.aggregateType(), id, version).query((rs, n) -> rs.getBytes(1)).list();
    S state = null;
    for (byte[] value : values) {
      if (codec.decode(value) instanceof DecodeResult.Decoded decoded) {
        state = reducer.apply(state, decoded.record());
      }
    }
    return state;
  }

  Optional<Applied> eventAt(RowSource.Feed feed, String id, long version) {
    return jdbc.sql("SELECT event_id, event_type, aggregate_version, topic, kafka_partition, kafka_offset FROM event_log WHERE "
            + of(feed) + " AND aggregate_version = ? LIMIT 1")
        .params(feed.aggregateType(), id, version)
        .query((rs, n) -> new Applied(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
            rs.getLong(6)))
        .optional();
  }

  /** The row of {@code table} whose {@code id} is given, its cells {@link Cells#normalize normalized}. */
  Optional<Map<String, Object>> row(String table, List<String> columns, String id) {
    return jdbc.sql("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE id = ?").params(id)
        .query((rs, n) -> cells(rs, columns)).optional();
  }

  /** The key cells of the rows of {@code table} written from the event {@code eventId}. */
  List<Map<String, Object>> writtenBy(EventWrittenTable table, String eventId) {
    return jdbc.sql("SELECT " + String.join(", ", table.keyColumns()) + " FROM " + table.table() + " WHERE event_id = ?")
        .params(eventId).query((rs, n) -> cells(rs, table.keyColumns())).list();
  }

  private static Map<String, Object> cells(ResultSet rs, List<String> columns) throws SQLException {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (String column : columns) {
      cells.put(column, Cells.normalize(rs.getObject(column)));
    }
    return cells;
  }

  /** The condition selecting one row's events of a feed, with two parameters: the aggregate type and the row id. */
  private static String of(RowSource.Feed feed) {
    if (feed.keyField() == null) {
      return "aggregate_type = ? AND aggregate_id = ?";
    }
    if (!PAYLOAD_FIELD.matcher(feed.keyField()).matches()) {
      throw new IllegalArgumentException("not a payload field name: " + feed.keyField());
    }
    return "aggregate_type = ? AND payload->>'" + feed.keyField() + "' = ?";
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.projection.query.Visibility;
import io.eventdesign.projection.query.FilteredQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Reads of the {@code event_log} mirror. */
public final class EventQueries {

  /** A page of events and the cursor of the next page (null on the last page). */
  public record EventPage(List<EventRow> items, String nextCursor) {}

  /** Mirrored bytes of an event, for folding state. */
  public record RawEvent(String eventId, Instant occurredAt, byte[] value) {}

  private static final String COLUMNS = """
      event_id, event_type, aggregate_type, aggregate_id, aggregate_version, occurred_at, actor, user_id, tenant_id,
      correlation_id, causation_id, idempotency_key, attributes::text AS attributes, payload::text AS payload, topic,
      kafka_partition, kafka_offset, schema_fingerprint, recorded_at""";

  /**
   * The events of aggregates one customer may read: their user, the requests they see, the payments of
   * those requests (every payment event names its request), and the tenants and workspaces they see
   * ({@link Visibility}).
   */
  private static final String OWNED = """
      (aggregate_type = 'user' AND aggregate_id = ?
       OR aggregate_type = 'request' AND aggregate_id IN (%1$s)
       OR aggregate_type = 'payment' AND payload->>'requestId' IN (%1$s)
       OR aggregate_type = 'tenant' AND aggregate_id IN (%2$s)
       OR aggregate_type = 'workspace' AND aggregate_id IN (%3$s))""".formatted(Visibility.REQUEST_IDS,
      Visibility.TENANT_IDS, Visibility.WORKSPACE_IDS);

  private final JdbcClient jdbc;
  private final JsonMapper json;

  public EventQueries(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Events matching {@code filter} in {@link EventCursor#ORDER} (or newest first), after {@code cursor},
   * which must come from the same order.
   */
  public EventPage search(EventFilter filter, boolean newestFirst, EventCursor cursor, int limit) {
    FilteredQuery where = where(filter);
    if (cursor != null) {
      where.always(cursor.condition(), cursor.params());
    }
    List<EventRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM event_log" + where.clause()
            + " ORDER BY " + (newestFirst ? EventCursor.NEWEST_FIRST_ORDER : EventCursor.ORDER) + " LIMIT ?")
        .params(where.params(limit + 1)).query(this::row).list();
    if (rows.size() <= limit) {
      return new EventPage(rows, null);
    }
    List<EventRow> page = rows.subList(0, limit);
    EventRow last = page.getLast();
    return new EventPage(List.copyOf(page), EventCursor.after(last, newestFirst).encode());
  }

  /** Every event of a correlation (up to {@code cap}), causes before effects. */
  public List<EventRow> correlation(EventFilter filter, int cap) {
    FilteredQuery where = where(filter);
    return CausalOrder.sort(jdbc.sql("SELECT " + COLUMNS + " FROM event_log" + where.clause()
        + " ORDER BY " + EventCursor.ORDER + " LIMIT ?").params(where.params(cap)).query(this::row).list());
  }

  /** The event, when {@code ownerId} is null or owns its aggregate. */
  public Optional<EventRow> byId(String eventId, String ownerId) {
    FilteredQuery where = new FilteredQuery().always("event_id = ?", eventId).visibleTo(OWNED, ownerId);
    return jdbc.sql("SELECT " + COLUMNS + " FROM event_log" + where.clause()).params(where.params())
        .query(this::row).optional();
  }

  /** One aggregate's events in version order; none when {@code ownerId} is set and does not own it. */
  public List<EventRow> history(String aggregateType, String aggregateId, String ownerId) {
    FilteredQuery where = new FilteredQuery().always("aggregate_type = ?", aggregateType)
        .always("aggregate_id = ?", aggregateId).visibleTo(OWNED, ownerId);
    return jdbc.sql("SELECT " + COLUMNS + " FROM event_log" + where.clause() + " ORDER BY aggregate_version")
        .params(where.params()).query(this::row).list();
  }

  /** Whether the log holds any event of this aggregate. */
  public boolean exists(String aggregateType, String aggregateId) {
    return new FilteredQuery().always("aggregate_type = ?", aggregateType).always("aggregate_id = ?", aggregateId)
        .exists(jdbc, "event_log");
  }

  /** The mirrored bytes of one aggregate's events up to {@code asOf} (inclusive; null: all), in version order. */
  public List<RawEvent> rawHistory(String aggregateType, String aggregateId, Instant asOf) {
    FilteredQuery where = new FilteredQuery().always("aggregate_type = ?", aggregateType)
        .always("aggregate_id = ?", aggregateId).always("value_bytes IS NOT NULL")
        .where("occurred_at <= ?", asOf == null ? null : Timestamp.from(asOf));
    return jdbc.sql("SELECT event_id, occurred_at, value_bytes FROM event_log" + where.clause() + " ORDER BY aggregate_version")
        .params(where.params()).query(EventQueries::raw).list();
  }

  /** The mirrored bytes of the payment events of one request up to {@code asOf}, in version order. */
  public List<RawEvent> rawPaymentHistoryOfRequest(String requestId, Instant asOf) {
    return jdbc.sql("SELECT event_id, occurred_at, value_bytes FROM event_log WHERE aggregate_type = 'payment' "
            + "AND payload->>'requestId' = ? AND occurred_at <= ? AND value_bytes IS NOT NULL "
            + "ORDER BY aggregate_id, aggregate_version")
        .params(requestId, Timestamp.from(asOf)).query(EventQueries::raw).list();
  }

  /** Totals, unique aggregates, breakdowns and time range over the whole log. */
  public Map<String, Object> totals() {
    Map<String, Object> totals = jdbc.sql("""
        SELECT count(*) AS total_events,
               count(DISTINCT (aggregate_type, aggregate_id)) AS unique_aggregates,
               min(occurred_at) AS first_event_at, max(occurred_at) AS last_event_at
        FROM event_log""").query().singleRow();
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    result.put("totalEvents", totals.get("total_events"));
    result.put("uniqueAggregates", totals.get("unique_aggregates"));
    result.put("firstEventAt", instant(totals.get("first_event_at")));
    result.put("lastEventAt", instant(totals.get("last_event_at")));
    result.put("byEventType", counts("event_type"));
    result.put("byAggregateType", counts("aggregate_type"));
    return result;
  }

  private Map<String, Long> counts(String column) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.sql("SELECT " + column + " AS k, count(*) AS n FROM event_log GROUP BY " + column).query()
        .listOfRows().forEach(r -> counts.put((String) r.get("k"), ((Number) r.get("n")).longValue()));
    return counts;
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : null;
  }

  private static FilteredQuery where(EventFilter filter) {
    FilteredQuery where = new FilteredQuery()
        .where("aggregate_type = ?", filter.aggregateType())
        .where("aggregate_id = ?", filter.aggregateId());
    if (!filter.eventTypes().isEmpty()) {
      where.always("event_type IN (" + String.join(", ", Collections.nCopies(filter.eventTypes().size(), "?")) + ")",
          filter.eventTypes().toArray());
    }
    return where.visibleTo(OWNED, filter.ownerId())
        .where("actor = ?", filter.actor())
        .where("user_id = ?", filter.userId())
        .where("tenant_id = ?", filter.tenantId())
        .where("correlation_id = ?", filter.correlationId())
        .where("occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()))
        .where("occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
  }

  private EventRow row(ResultSet rs, int rowNum) throws SQLException {
    return new EventRow(rs.getString("event_id"), rs.getString("event_type"), rs.getString("aggregate_type"),
        rs.getString("aggregate_id"), rs.getLong("aggregate_version"), rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"), rs.getString("user_id"), rs.getString("tenant_id"), rs.getString("correlation_id"), rs.getString("causation_id"),
        rs.getString("idempotency_key"), json.readTree(rs.getString("attributes")), json.readTree(rs.getString("payload")),
        rs.getString("topic"), rs.getInt("kafka_partition"), rs.getLong("kafka_offset"),
        rs.getString("schema_fingerprint"), rs.getTimestamp("recorded_at").toInstant());
  }

  private static RawEvent raw(ResultSet rs, int rowNum) throws SQLException {
    return new RawEvent(rs.getString("event_id"), rs.getTimestamp("occurred_at").toInstant(), rs.getBytes("value_bytes"));
  }
}

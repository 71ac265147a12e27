package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.projection.sink.BulkLoadableSqlTableWriter;
import io.eventdesign.projection.sink.AvroJson;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mirrors events into {@code event_log}: one row per event id, so re-delivery inserts nothing (the
 * first delivery's row stays); a rebuild bulk-loads it.
 */
public final class EventLogWriter extends BulkLoadableSqlTableWriter {

  private static final List<String> COLUMNS = List.of("event_id", "topic", "kafka_partition", "kafka_offset",
      "event_type", "aggregate_type", "aggregate_id", "aggregate_version", "occurred_at", "actor", "user_id",
      "correlation_id", "causation_id", "idempotency_key", "attributes", "payload", "schema_fingerprint", "value_bytes", "tenant_id");
  private static final Set<String> JSON_COLUMNS = Set.of("attributes", "payload");
  private static final String INSERT_TEMPLATE = "INSERT INTO %1$s (" + String.join(", ", COLUMNS) + ") VALUES ("
      + COLUMNS.stream().map(column -> JSON_COLUMNS.contains(column) ? "?::jsonb" : "?").collect(Collectors.joining(", "))
      + ") ON CONFLICT DO NOTHING";

  /** The live table. */
  public static final String TABLE = "event_log";

  private final JsonMapper json;

  public EventLogWriter(JdbcTemplate jdbc, JsonMapper json) {
    this(jdbc, json, TABLE);
  }

  private EventLogWriter(JdbcTemplate jdbc, JsonMapper json, String table) {
    super(jdbc, table, COLUMNS, INSERT_TEMPLATE);
    this.json = json;
  }

  @Override
  public TableWriter into(String otherTable) {
    return new EventLogWriter(jdbc, json, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.kind() == ContractType.Kind.EVENT;
  }

  @Override
  public Object[] row(SinkRecord event) {
    var record = event.decoded().record();
    Envelope envelope = (Envelope) record.get(0);
    return new Object[] {
        envelope.getEventId(),
        event.record().topic(),
        event.record().partition(),
        event.record().offset(),
        envelope.getEventType(),
        envelope.getAggregateType(),
        envelope.getAggregateId(),
        envelope.getAggregateVersion(),
        Timestamp.from(envelope.getOccurredAt()),
        envelope.getActor(),
        envelope.getUserId(),
        envelope.getCorrelationId(),
        envelope.getCausationId(),
        envelope.getIdempotencyKey(),
        json.writeValueAsString(envelope.getAttributes()),
        json.writeValueAsString(AvroJson.toJson((org.apache.avro.generic.GenericRecord) record, "envelope")),
        Fingerprints.toWireHex(event.decoded().writerFingerprint()),
        event.record().value(),
        envelope.getTenantId()};
  }

  @Override
  public List<String> identity() {
    return List.of("event_id");
  }

  @Override
  public List<String> keepFirst() {
    return List.of("topic", "kafka_partition", "kafka_offset");
  }
}

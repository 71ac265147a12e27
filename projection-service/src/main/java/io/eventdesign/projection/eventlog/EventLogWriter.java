package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.projection.sink.AvroJson;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.SqlTableWriter;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Mirrors events into {@code event_log}: one row per event id, so re-delivery inserts nothing. */
public final class EventLogWriter extends SqlTableWriter {

  private static final String INSERT_TEMPLATE = """
      INSERT INTO %1$s (event_id, topic, kafka_partition, kafka_offset, event_type, aggregate_type,
          aggregate_id, aggregate_version, occurred_at, actor, user_id, correlation_id, causation_id,
          idempotency_key, attributes, payload, schema_fingerprint, value_bytes)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
      ON CONFLICT DO NOTHING""";

  /** The live table. */
  public static final String TABLE = "event_log";

  private final JsonMapper json;
  private final String insert;

  public EventLogWriter(JdbcTemplate jdbc, JsonMapper json) {
    this(jdbc, json, TABLE);
  }

  private EventLogWriter(JdbcTemplate jdbc, JsonMapper json, String table) {
    super(jdbc, table);
    this.json = json;
    this.insert = sql(INSERT_TEMPLATE);
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
  public void write(List<SinkRecord> events) {
    if (events.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(insert, events, events.size(), (ps, event) -> {
      var record = event.decoded().record();
      Envelope envelope = (Envelope) record.get(0);
      ps.setString(1, envelope.getEventId());
      ps.setString(2, event.record().topic());
      ps.setInt(3, event.record().partition());
      ps.setLong(4, event.record().offset());
      ps.setString(5, envelope.getEventType());
      ps.setString(6, envelope.getAggregateType());
      ps.setString(7, envelope.getAggregateId());
      ps.setLong(8, envelope.getAggregateVersion());
      ps.setTimestamp(9, Timestamp.from(envelope.getOccurredAt()));
      ps.setString(10, envelope.getActor());
      ps.setString(11, envelope.getUserId());
      ps.setString(12, envelope.getCorrelationId());
      ps.setString(13, envelope.getCausationId());
      ps.setString(14, envelope.getIdempotencyKey());
      ps.setString(15, json.writeValueAsString(envelope.getAttributes()));
      ps.setString(16, json.writeValueAsString(AvroJson.toJson((org.apache.avro.generic.GenericRecord) record, "envelope")));
      ps.setString(17, Fingerprints.toWireHex(event.decoded().writerFingerprint()));
      ps.setBytes(18, event.record().value());
    });
  }
}

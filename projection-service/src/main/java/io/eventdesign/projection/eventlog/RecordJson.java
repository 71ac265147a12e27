package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.projection.sink.AvroJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record of an event topic as the event API shows it straight from Kafka (live streams, events not yet
 * processed): the decoded event with its place on Kafka and its headers, or why it could not be decoded.
 */
public final class RecordJson {

  private RecordJson() {}

  /**
   * A record as shown: {@code event} with its data, or {@code undecodable} (not an event of the contract).
   *
   * @param envelope the event's envelope, null when undecodable
   */
  public record Shown(String name, Map<String, Object> data, Envelope envelope) {}

  /** Decodes {@code record} and shows it (see {@link #event} for {@code previousOffset}). */
  public static Shown of(ConsumerRecord<String, byte[]> record, RecordCodec codec, Long previousOffset) {
    DecodeResult result = record.value() == null ? new DecodeResult.Malformed("no value (a tombstone)") : codec.decode(record.value());
    if (result instanceof DecodeResult.Decoded decoded && decoded.type().kind() == ContractType.Kind.EVENT) {
      return new Shown("event", event(record, decoded, previousOffset), envelope(decoded));
    }
    return new Shown("undecodable", undecodable(record, result, previousOffset), null);
  }

  private static Envelope envelope(DecodeResult.Decoded decoded) {
    return (Envelope) decoded.record().get(0);
  }

  /**
   * @param previousOffset for a stream, the offset of the record it sent before on the same partition (null for
   *     its first there), so a client can check that it missed none; null elsewhere
   */
  private static Map<String, Object> event(ConsumerRecord<String, byte[]> record, DecodeResult.Decoded decoded, Long previousOffset) {
    Envelope envelope = envelope(decoded);
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("eventId", envelope.getEventId());
    event.put("eventType", envelope.getEventType());
    event.put("aggregateType", envelope.getAggregateType());
    event.put("aggregateId", envelope.getAggregateId());
    event.put("aggregateVersion", envelope.getAggregateVersion());
    event.put("occurredAt", envelope.getOccurredAt().toString());
    event.put("actor", envelope.getActor());
    event.put("userId", envelope.getUserId());
    event.put("tenantId", envelope.getTenantId());
    event.put("correlationId", envelope.getCorrelationId());
    event.put("causationId", envelope.getCausationId());
    event.put("idempotencyKey", envelope.getIdempotencyKey());
    event.put("attributes", envelope.getAttributes() == null ? Map.of() : envelope.getAttributes());
    event.put("payload", AvroJson.toJson((GenericRecord) decoded.record(), "envelope"));
    event.put("schemaFingerprint", Fingerprints.toWireHex(decoded.writerFingerprint()));
    place(event, record, previousOffset);
    return event;
  }

  /** A record of an event topic that is not an event of the contract: where it is and what is wrong with it. */
  private static Map<String, Object> undecodable(ConsumerRecord<String, byte[]> record, DecodeResult result, Long previousOffset) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("key", record.key());
    problem.put("reason", switch (result) {
      case DecodeResult.UnknownFingerprint unknown -> "unknown schema fingerprint " + Fingerprints.toWireHex(unknown.fingerprint());
      case DecodeResult.Malformed malformed -> malformed.reason();
      case DecodeResult.Decoded decoded -> "not an event: " + decoded.type().name();
    });
    problem.put("sizeBytes", record.value() == null ? 0 : record.value().length);
    place(problem, record, previousOffset);
    return problem;
  }

  private static void place(Map<String, Object> entry, ConsumerRecord<String, byte[]> record, Long previousOffset) {
    entry.put("topic", record.topic());
    entry.put("partition", record.partition());
    entry.put("offset", record.offset());
    entry.put("previousOffset", previousOffset);
    entry.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    entry.put("headers", headers);
  }
}

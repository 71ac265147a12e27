package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the records of one event topic for a topology, per aggregate in order. A record that
 * cannot be decoded is parked (store + dead-letter topic) and every later record of the same
 * aggregate is parked behind it; other aggregates keep flowing. A re-publish request replays an
 * aggregate's parked records, oldest first, for as long as they now decode (after a deployment that
 * knows their schema, say); the rest stay parked.
 */
final class Parking implements FixedKeyProcessor<String, Parking.Input, Parking.Output> {

  /** What reaches the processor: a record of the topic, or a request to re-publish parked records. */
  sealed interface Input {}

  record Arrived(byte[] value) implements Input {}

  /** Re-publish the record key's parked records, after discarding the one at {@code discard} if set. */
  record Requested(ParkingRequest.Position discard) implements Input {}

  /** What leaves it: a decoded event for the topology, or a dead letter for the dead-letter topic. */
  sealed interface Output {}

  record Decoded(SpecificRecord event) implements Output {}

  record DeadLetter(byte[] value) implements Output {}

  private static final Logger log = LoggerFactory.getLogger(Parking.class);

  private final String topic;
  private final RecordCodec codec;
  private final String storeName;
  private final ConsumerActivity activity;
  private FixedKeyProcessorContext<String, Output> context;
  private KeyValueStore<String, ParkedRecords> parked;

  Parking(String topic, RecordCodec codec, String storeName, ConsumerActivity activity) {
    this.topic = topic;
    this.codec = codec;
    this.storeName = storeName;
    this.activity = activity;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Output> context) {
    this.context = context;
    this.parked = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, Input> record) {
    switch (record.value()) {
      case Arrived arrived -> arrive(record, arrived.value());
      case Requested requested -> {
        if (requested.discard() != null) {
          discard(record.key(), requested.discard());
        }
        republish(record);
      }
    }
  }

  private void arrive(FixedKeyRecord<String, Input> record, byte[] value) {
    ParkedRecords queue = record.key() == null ? null : parked.get(record.key());
    if (queue != null) {
      park(record, value, queue, DeadLetters.waitingBehind(queue.head().position(topic)));
      return;
    }
    DecodeResult decoded = decode(value);
    if (decoded instanceof DecodeResult.Decoded event) {
      context.forward(record.withValue(new Decoded(event.record())));
      context.recordMetadata().ifPresent(source ->
          activity.processed(topic, source.partition(), source.offset(), record.headers(), record.timestamp()));
    } else {
      park(record, value, null, reasonFor(decoded));
    }
  }

  private void park(FixedKeyRecord<String, Input> record, byte[] value, ParkedRecords queue, String reason) {
    RecordMetadata source = context.recordMetadata().orElseThrow();
    String shortReason = DeadLetters.shortened(reason);
    activity.failed("parked " + topic + "-" + source.partition() + "@" + source.offset() + ": " + shortReason);
    if (record.key() != null) {
      var entry = new ParkedRecords.Entry(source.partition(), source.offset(), record.timestamp(), shortReason, value);
      parked.put(record.key(), queue == null ? ParkedRecords.of(entry) : queue.with(entry));
    }
    context.forward(record.<Output>withValue(new DeadLetter(value))
        .withHeaders(DeadLetters.headers(record.headers(), DeadLetters.TOPOLOGY_CONSUMER, topic, source.partition(),
            source.offset(), shortReason)));
  }

  private void discard(String key, ParkingRequest.Position position) {
    ParkedRecords queue = parked.get(key);
    ParkedRecords rest = queue == null ? null : queue.without(position.partition(), position.offset());
    if (queue == null || rest == queue) {
      log.warn("Asked to discard {}-{}@{} of {}, which is not parked", topic, position.partition(), position.offset(), key);
      return;
    }
    if (rest == null) {
      parked.delete(key);
    } else {
      parked.put(key, rest);
    }
    log.warn("Discarded the parked record {}-{}@{} of {} on request; its bytes remain on the dead-letter topic",
        topic, position.partition(), position.offset(), key);
  }

  private void republish(FixedKeyRecord<String, Input> request) {
    String key = request.key();
    ParkedRecords queue = parked.get(key);
    if (queue == null) {
      return;
    }
    int republished = 0;
    String stillFailing = null;
    for (ParkedRecords.Entry entry : queue.entries()) {
      DecodeResult decoded = decode(entry.value());
      if (!(decoded instanceof DecodeResult.Decoded event)) {
        stillFailing = reasonFor(decoded);
        break;
      }
      context.forward(request.<Output>withValue(new Decoded(event.record())).withTimestamp(entry.timestamp())
          .withHeaders(new RecordHeaders()));
      republished++;
    }
    ParkedRecords rest = queue.afterRepublishing(republished, stillFailing == null ? null : DeadLetters.shortened(stillFailing));
    if (rest == null) {
      parked.delete(key);
    } else {
      parked.put(key, rest);
    }
    log.info("Re-published {} parked record(s) of {} from {}; {} still parked{}", republished, key, topic,
        rest == null ? 0 : rest.entries().size(), rest == null ? "" : " (" + stillFailing + ")");
  }

  private DecodeResult decode(byte[] value) {
    return value == null ? new DecodeResult.Malformed("no value") : codec.decode(value);
  }

  /** Why {@code result} is not an event (null when it is). */
  private static String reasonFor(DecodeResult result) {
    return switch (result) {
      case DecodeResult.Decoded ignored -> null;
      case DecodeResult.UnknownFingerprint unknown -> "unknown schema fingerprint " + unknown.fingerprint();
      case DecodeResult.Malformed malformed -> malformed.reason();
    };
  }
}

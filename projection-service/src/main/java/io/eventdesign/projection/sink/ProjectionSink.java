package io.eventdesign.projection.sink;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one polled batch to PostgreSQL in one database transaction, each record through the
 * table writers that accept its type. The listener container commits the batch's offsets only after
 * this returns, i.e. after the database commit; a failure (such as PostgreSQL being down) retries
 * the same batch, and every writer is idempotent, so nothing is lost or applied twice.
 */
public final class ProjectionSink {

  private static final Logger log = LoggerFactory.getLogger(ProjectionSink.class);

  private final RecordCodec codec;
  private final TransactionTemplate transaction;
  private final List<TableWriter> writers;
  private final Counter skipped;
  private final Counter applied;

  public ProjectionSink(RecordCodec codec, TransactionTemplate transaction, List<TableWriter> writers, MeterRegistry meters) {
    this.codec = codec;
    this.transaction = transaction;
    this.writers = List.copyOf(writers);
    this.skipped = meters.counter("projection.sink.records", "result", "undecodable");
    this.applied = meters.counter("projection.sink.records", "result", "applied");
  }

  public void write(List<ConsumerRecord<String, byte[]>> records) {
    Map<TableWriter, List<SinkRecord>> batches = new LinkedHashMap<>();
    writers.forEach(writer -> batches.put(writer, new ArrayList<>()));
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      switch (codec.decode(record.value())) {
        case DecodeResult.Decoded decoded -> writers.stream().filter(w -> w.accepts(decoded.type()))
            .forEach(w -> batches.get(w).add(new SinkRecord(record, decoded)));
        case DecodeResult.UnknownFingerprint unknown -> skip(record, "unknown fingerprint " + unknown.fingerprint());
        case DecodeResult.Malformed malformed -> skip(record, malformed.reason());
      }
    }
    transaction.executeWithoutResult(status -> batches.forEach(TableWriter::write));
    applied.increment(records.size());
  }

  private void skip(ConsumerRecord<String, byte[]> record, String reason) {
    skipped.increment();
    log.warn("Skipping {}-{}@{}: {} (the topology parks undecodable events as dead letters)",
        record.topic(), record.partition(), record.offset(), reason);
  }
}

package io.eventdesign.projection.sink;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.sink.DeadLetterPublisher.Parking;
import io.eventdesign.projection.sink.SinkParking.Parked;
import io.eventdesign.projection.sink.SinkParking.TopicKey;
import io.eventdesign.projection.streams.ConsumerActivity;
import io.eventdesign.projection.streams.DeadLetters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one polled batch to PostgreSQL in one database transaction, each record through the
 * table writers that accept its type. The listener container commits the batch's offsets only after
 * this returns, i.e. after the database commit, and every writer is idempotent, so nothing is lost
 * or applied twice.
 *
 * <p>An outage (see {@link Outages}) fails the batch, which the container retries until the database
 * is back. Any other failure is a poison record: the batch is applied again record by record, each in
 * a savepoint, and a record that cannot be decoded or written is parked ({@link SinkParking} and the
 * dead-letter topic), as is every later record of the same key on that topic, until
 * {@link #republish re-published}. Other keys keep flowing.
 */
public final class ProjectionSink {

  private static final Pattern DATABASE_DETAIL = Pattern.compile("\\s+Detail:.*", Pattern.DOTALL);

  /** What a re-publish did: records now applied, and records still parked. */
  public record Republished(int applied, int stillParked) {}

  private static final Logger log = LoggerFactory.getLogger(ProjectionSink.class);

  private final RecordCodec codec;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;
  private final List<TableWriter> writers;
  private final SinkParking parking;
  private final SinkBatchLock batchLock;
  private final DeadLetterPublisher deadLetters;
  private final Counter parkedRecords;
  private final Counter applied;
  private final ConsumerActivity activity;

  /** @param savepoint a template with {@code PROPAGATION_NESTED} on the same transaction manager */
  public ProjectionSink(RecordCodec codec, TransactionTemplate transaction, TransactionTemplate savepoint,
      List<TableWriter> writers, SinkParking parking, SinkBatchLock batchLock, DeadLetterPublisher deadLetters,
      MeterRegistry meters, ConsumerActivity activity) {
    this.codec = codec;
    this.transaction = transaction;
    this.savepoint = savepoint;
    this.writers = List.copyOf(writers);
    this.parking = parking;
    this.batchLock = batchLock;
    this.deadLetters = deadLetters;
    this.parkedRecords = meters.counter("projection.sink.records", "result", "parked");
    this.applied = meters.counter("projection.sink.records", "result", "applied");
    this.activity = activity;
  }

  public void write(List<ConsumerRecord<String, byte[]>> records) {
    Integer parkedCount;
    try {
      parkedCount = transaction.execute(status -> apply(records, false));
    } catch (RuntimeException failure) {
      if (Outages.isOutage(failure)) {
        activity.failed("PostgreSQL unavailable: " + rootMessage(failure));
        throw failure;
      }
      log.warn("A record of a batch of {} failed ({}); applying the batch record by record to park it",
          records.size(), rootMessage(failure));
      parkedCount = transaction.execute(status -> apply(records, true));
    }
    applied.increment(records.size() - (parkedCount == null ? 0 : parkedCount));
    records.stream().max(Comparator.comparingLong(ConsumerRecord::timestamp)).ifPresent(last ->
        activity.processed(last.topic(), last.partition(), last.offset(), last.headers(), last.timestamp()));
  }

  /** @return how many records were parked */
  private int apply(List<ConsumerRecord<String, byte[]>> records, boolean recordByRecord) {
    batchLock.shared();
    Map<TopicKey, String> parkedHeads = new HashMap<>(parking.parkedAmong(
        records.stream().map(ConsumerRecord::key).filter(Objects::nonNull).distinct().toList()));
    Map<TableWriter, List<SinkRecord>> batches = new LinkedHashMap<>();
    writers.forEach(writer -> batches.put(writer, new ArrayList<>()));
    List<Parking> parkedNow = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      TopicKey at = new TopicKey(record.topic(), record.key());
      String head = record.key() == null ? null : parkedHeads.get(at);
      String reason = head != null ? DeadLetters.waitingBehind(head) : writeOrFailure(record, batches, recordByRecord);
      if (reason != null) {
        parkedNow.add(new Parking(record, DeadLetters.shortened(reason)));
        if (record.key() != null) {
          parkedHeads.putIfAbsent(at, DeadLetters.position(record.topic(), record.partition(), record.offset()));
        }
      }
    }
    batches.forEach(TableWriter::write);
    if (!parkedNow.isEmpty()) {
      parking.park(parkedNow.stream().map(p -> Parked.of(p.record(), p.reason())).toList());
      deadLetters.publish(parkedNow);
      parkedRecords.increment(parkedNow.size());
      parkedNow.forEach(p -> log.warn("Parked {}-{}@{} (key {}): {}", p.record().topic(), p.record().partition(),
          p.record().offset(), p.record().key(), p.reason()));
      Parking lastParked = parkedNow.getLast();
      activity.failed("parked " + DeadLetters.position(lastParked.record().topic(), lastParked.record().partition(),
          lastParked.record().offset()) + ": " + lastParked.reason());
    }
    return parkedNow.size();
  }

  /**
   * Re-applies parked records (all, or those of one topic and/or key), oldest first per key, with the
   * code and schemas deployed now; a key's records stop at the first that still fails.
   */
  public Republished republish(String topic, String key) {
    return transaction.execute(status -> {
      batchLock.exclusive();
      Map<TopicKey, String> blockedBehind = new HashMap<>();
      int republished = 0;
      int stillParked = 0;
      for (Parked parked : parking.parked(topic, key, Integer.MAX_VALUE)) {
        TopicKey at = new TopicKey(parked.topic(), parked.key());
        String head = blockedBehind.get(at);
        String failure = head != null ? DeadLetters.waitingBehind(head) : writeOrFailure(parked.asConsumerRecord(), null, true);
        if (failure == null) {
          parking.remove(parked);
          republished++;
        } else {
          parking.updateReason(parked, DeadLetters.shortened(failure));
          blockedBehind.putIfAbsent(at, parked.position());
          stillParked++;
        }
      }
      log.info("Re-published {} parked record(s) into PostgreSQL; {} still parked", republished, stillParked);
      return new Republished(republished, stillParked);
    });
  }

  /**
   * Drops the parked record at {@code topic-partition@offset} for good (its bytes stay on the
   * dead-letter topic), then re-publishes the records of its key; empty when no such record is parked.
   */
  public Optional<Republished> discard(String topic, int partition, long offset) {
    return transaction.execute(status -> {
      batchLock.exclusive();
      Optional<Parked> parked = parking.find(topic, partition, offset);
      parked.ifPresent(p -> {
        parking.remove(p);
        log.warn("Discarded the parked record {} (key {}) on request; its bytes remain on the dead-letter topic",
            p.position(), p.key());
      });
      return parked.map(p -> republish(topic, p.key()));
    });
  }

  /**
   * Null when the record was written (or, unless {@code recordByRecord}, queued in {@code batches});
   * otherwise why it cannot be.
   */
  private String writeOrFailure(ConsumerRecord<String, byte[]> record, Map<TableWriter, List<SinkRecord>> batches,
      boolean recordByRecord) {
    return switch (codec.decode(record.value())) {
      case DecodeResult.UnknownFingerprint unknown -> "unknown schema fingerprint " + unknown.fingerprint();
      case DecodeResult.Malformed malformed -> malformed.reason();
      case DecodeResult.Decoded decoded -> {
        SinkRecord sinkRecord = new SinkRecord(record, decoded);
        List<TableWriter> accepting = writers.stream().filter(w -> w.accepts(decoded.type())).toList();
        if (!recordByRecord) {
          accepting.forEach(w -> batches.get(w).add(sinkRecord));
          yield null;
        }
        yield writeAlone(sinkRecord, accepting);
      }
    };
  }

  private String writeAlone(SinkRecord record, List<TableWriter> accepting) {
    try {
      savepoint.executeWithoutResult(status -> accepting.forEach(writer -> writer.write(List.of(record))));
      return null;
    } catch (RuntimeException failure) {
      if (Outages.isOutage(failure)) {
        throw failure;
      }
      return "write failed: " + rootMessage(failure);
    }
  }

  /**
   * The root cause's class and message, without PostgreSQL's detail lines ("Failing row contains (...)",
   * "Key (email)=(...)"): they repeat the row's values, personal data among them, which would otherwise be
   * kept with the parked record and shown to operators; the record's bytes are inspected on purpose instead.
   */
  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return root.getClass().getSimpleName() + ": " + DATABASE_DETAIL.matcher(message).replaceFirst("");
  }
}

package io.eventdesign.projection.rebuild;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.sink.BulkLoadableTableWriter;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds one table from its source topics without taking it offline: replays the topics from the
 * beginning into a shadow table while the live table keeps serving (bulk-loaded, see
 * {@link ShadowTable}; a bulk-loadable table's rows go in with COPY, see {@link CopyLoad}), then, in one
 * transaction that holds the sinks of every projection-service instance back ({@link SinkBatchLock}),
 * catches up the last records through the live writer and swaps the tables.
 */
public final class TableRebuild implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(TableRebuild.class);

  private final TableWriter live;
  private final List<String> topics;
  private final Map<String, Object> consumerConfig;
  private final RecordCodec codec;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final SinkBatchLock sinkBatchLock;
  private final RebuildClaim claim;
  private final SinkParking sinkParking;
  private final RebuildSettings settings;
  private final Clock clock;

  private volatile RebuildStatus.State state = RebuildStatus.State.RUNNING;
  private volatile long target;
  private volatile long replayedOffsets;
  private volatile long replayedRecords;
  private volatile Instant finishedAt;
  private volatile String error;
  private final Instant startedAt;

  TableRebuild(TableWriter live, List<String> topics, Map<String, Object> consumerConfig, RecordCodec codec,
      JdbcTemplate jdbc, TransactionTemplate transaction, SinkBatchLock sinkBatchLock, SinkParking sinkParking,
      RebuildSettings settings, Clock clock, RebuildClaim claim) {
    this.live = live;
    this.topics = List.copyOf(topics);
    this.consumerConfig = Map.copyOf(consumerConfig);
    this.codec = codec;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.sinkBatchLock = sinkBatchLock;
    this.claim = claim;
    this.sinkParking = sinkParking;
    this.settings = settings;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  String shadowTable() {
    return live.table() + "_rebuild";
  }

  private KafkaConsumer<String, byte[]> consumer;
  private ShadowTable shadow;
  private List<TopicPartition> partitions;
  private Map<TopicPartition, Long> beginning;
  private Map<TopicPartition, Long> end;
  private volatile RebuildParking parking;

  /**
   * Captures the records to replay (the end offsets now) and creates the empty shadow table, before
   * the replay starts in the background, so the first status already knows its target.
   */
  void prepare() {
    consumer = consumer();
    try {
      partitions = partitions(consumer);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      beginning = consumer.beginningOffsets(partitions);
      end = consumer.endOffsets(partitions);
      target = partitions.stream().mapToLong(p -> end.get(p) - beginning.get(p)).sum();
      parking = new RebuildParking(live.table(), sinkParking, topics);
      shadow = new ShadowTable(jdbc, live.table(), shadowTable(), settings.indexSortMemory());
      shadow.create(!(live instanceof BulkLoadableTableWriter));
      log.info("Rebuilding {} from {}: {} records to replay into {}", live.table(), topics, target, shadowTable());
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
  }

  @Override
  public void run() {
    TableWriter writer = live.into(shadowTable());
    Consumer<List<SinkRecord>> upsert = records -> transaction.executeWithoutResult(status -> writer.write(records));
    RebuildStatus.State outcome = RebuildStatus.State.FAILED;
    try (KafkaConsumer<String, byte[]> replaying = consumer) {
      Runnable removeRepeats = () -> {};
      if (live instanceof BulkLoadableTableWriter bulkLoadable) {
        try (CopyLoad copy = new CopyLoad(jdbc, bulkLoadable, shadowTable())) {
          replayUntil(replaying, end, writer, copy::copy);
          copy.flush();
        }
        removeRepeats = () -> removeRepeats(bulkLoadable);
      } else {
        replayUntil(replaying, end, writer, upsert);
      }
      state = RebuildStatus.State.INDEXING;
      log.info("Replayed {} records into {} in {}; building its indexes", replayedRecords, shadowTable(),
          Duration.between(startedAt, clock.instant()));
      shadow.completeIndexes(removeRepeats);
      log.info("Indexed {} after {}", shadowTable(), Duration.between(startedAt, clock.instant()));

      state = RebuildStatus.State.SWITCHING;
      // One transaction: hold the sinks of every instance back, catch up to the end as it is now, swap.
      transaction.executeWithoutResult(status -> {
        sinkBatchLock.exclusive();
        replayUntil(replaying, replaying.endOffsets(partitions), writer, upsert);
        jdbc.execute("DROP TABLE " + live.table());
        jdbc.execute("ALTER TABLE " + shadowTable() + " RENAME TO " + live.table());
        shadow.takeLiveNames();
      });
      outcome = RebuildStatus.State.COMPLETED;
      log.info("Rebuilt {}: {} records replayed in {}, {} left out as parked", live.table(), replayedRecords,
          Duration.between(startedAt, clock.instant()), parking.count());
    } catch (RuntimeException e) {
      error = e.getMessage();
      log.error("Rebuilding {} failed; the live table is unchanged", live.table(), e);
      shadow.drop();
    } finally {
      // released before the end state shows, so a new rebuild started on seeing it finds the claim free
      claim.close();
      finishedAt = clock.instant();
      state = outcome;
    }
  }

  private void removeRepeats(BulkLoadableTableWriter writer) {
    int removed = jdbc.update(CopyLoad.removeRepeats(writer, shadowTable()));
    log.info("Removed {} rows of {} that repeated an identity (re-delivered records, older versions)", removed, shadowTable());
  }

  /** Replays up to {@code end}, handing each poll's records that {@code shadow} accepts to {@code load}. */
  private void replayUntil(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, TableWriter shadow,
      Consumer<List<SinkRecord>> load) {
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
      ConsumerRecords<String, byte[]> polled = consumer.poll(Duration.ofMillis(200));
      List<SinkRecord> accepted = new ArrayList<>();
      for (ConsumerRecord<String, byte[]> record : polled) {
        if (record.value() != null && codec.decode(record.value()) instanceof DecodeResult.Decoded decoded
            && shadow.accepts(decoded.type())) {
          SinkRecord sinkRecord = new SinkRecord(record, decoded);
          if (!parking.leavesOut(sinkRecord)) {
            accepted.add(sinkRecord);
          }
        }
      }
      load.accept(accepted);
      replayedRecords += polled.count();
      replayedOffsets = partitions.stream().mapToLong(p -> consumer.position(p) - beginning.get(p)).sum();
      throttle();
    }
  }

  private void throttle() {
    double maxEventsPerSecond = settings.maxEventsPerSecond();
    if (maxEventsPerSecond <= 0) {
      return;
    }
    long aheadMillis = (long) (replayedRecords / maxEventsPerSecond * 1000) - Duration.between(startedAt, clock.instant()).toMillis();
    if (aheadMillis > 0) {
      try {
        Thread.sleep(aheadMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("rebuild interrupted", e);
      }
    }
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Map<String, Object> config = new HashMap<>(consumerConfig);
    config.remove("group.id");
    config.put("enable.auto.commit", false);
    config.put("isolation.level", "read_committed");
    double maxEventsPerSecond = settings.maxEventsPerSecond();
    config.put("max.poll.records", maxEventsPerSecond > 0 ? (int) Math.max(1, maxEventsPerSecond / 5) : 1000);
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }

  private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    return partitions;
  }

  RebuildStatus status() {
    Instant until = finishedAt == null ? clock.instant() : finishedAt;
    double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
    double rate = replayedOffsets / seconds;
    long remaining = Math.max(0, target - replayedOffsets);
    Long eta = state == RebuildStatus.State.COMPLETED ? Long.valueOf(0)
        : state == RebuildStatus.State.INDEXING ? null
        : rate > 0 ? Long.valueOf((long) Math.ceil(remaining / rate)) : null;
    double percent = target == 0 ? (state == RebuildStatus.State.RUNNING ? 0 : 100)
        : Math.min(100, 100.0 * replayedOffsets / target);
    return new RebuildStatus(live.table(), state, topics, startedAt, finishedAt, target, replayedOffsets,
        replayedRecords, parking == null ? 0 : parking.count(), Math.round(percent * 10) / 10.0,
        Math.round(rate * 10) / 10.0, eta, error);
  }

  boolean finished() {
    return state == RebuildStatus.State.COMPLETED || state == RebuildStatus.State.FAILED;
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.kafka.RetainedRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far each projection is behind: events not yet processed by its consumer group, and the age of
 * the oldest of them. Also counts the records parked on the dead-letter topic.
 *
 * <p>Operational reads ask often (the stats, every metrics scrape, the console), so this keeps one
 * {@link Admin} and one reading consumer for its lifetime instead of connecting per question; the lags
 * are read in the background ({@link ProjectionLags}).
 */
public final class ProjectionLag implements AutoCloseable {

  /**
   * One projection's lag. {@code seconds} is the age of the oldest unprocessed event (0 when caught up);
   * {@code processedOffsets} the offsets its group has committed past on every partition it reads (records
   * and the transaction markers between them).
   */
  public record Lag(String projection, String consumerGroup, long events, double seconds, long processedOffsets) {}

  private final Map<String, Object> clientConfig;
  private final Object readerLock = new Object();
  private Admin admin;
  private KafkaConsumer<byte[], byte[]> reader;

  public ProjectionLag(Map<String, Object> clientConfig) {
    this.clientConfig = Map.copyOf(clientConfig);
  }

  /** Records on {@code topic} between its start and end offsets. */
  public long recordCount(String topic) {
    return RetainedRecords.count(admin(), topic);
  }

  public Lag lagOf(String projection, String group) {
    Admin admin = admin();
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
              .get(ASK_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      committed.values().removeIf(java.util.Objects::isNull);
      Map<TopicPartition, Long> ends = endOffsets(admin, committed.keySet().stream().toList());
      Map<TopicPartition, Long> behind = new HashMap<>();
      for (var entry : committed.entrySet()) {
        long lag = Math.max(0, ends.getOrDefault(entry.getKey(), 0L) - entry.getValue().offset());
        if (lag > 0) {
          behind.put(entry.getKey(), lag);
        }
      }
      long processed = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
      return unprocessed(projection, group, behind, committed, ends, processed);
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not read the offsets of " + group, e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the broker did not tell the offsets of " + group + " within " + ASK_WITHIN, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(clientConfig);
    }
    return admin;
  }

  @Override
  public synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
    synchronized (this.readerLock) {
      if (reader != null) {
        reader.close(Duration.ofSeconds(5));
      }
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin.listOffsets(latest).all().get(ASK_WITHIN.toMillis(), TimeUnit.MILLISECONDS).forEach((p, info) -> ends.put(p, info.offset()));
    return ends;
  }

  /**
   * Offsets behind are not all events: exactly-once topics end with transaction markers a caught-up
   * consumer never commits past. The partitions behind are read together, from their committed offsets:
   * one that reaches its end offset without a record holds only markers (caught up); one that yields a
   * record is behind by its offset distance, and its first record's time gives the age. A partition not
   * settled within {@link #READ_WITHIN} counts as behind.
   */
  private Lag unprocessed(String projection, String group, Map<TopicPartition, Long> behind,
      Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends, long processed) {
    if (behind.isEmpty()) {
      return new Lag(projection, group, 0, 0, processed);
    }
    long events = 0;
    long oldest = Long.MAX_VALUE;
    synchronized (readerLock) {
      if (reader == null) {
        reader = new KafkaConsumer<>(KafkaSetup.readerSettings(clientConfig), new ByteArrayDeserializer(),
            new ByteArrayDeserializer());
      }
      var consumer = reader;
      consumer.assign(behind.keySet());
      behind.keySet().forEach(partition -> consumer.seek(partition, committed.get(partition).offset()));
      Set<TopicPartition> unsettled = new HashSet<>(behind.keySet());
      Instant deadline = Instant.now().plus(READ_WITHIN);
      while (!unsettled.isEmpty() && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (unsettled.remove(partition)) {
            events += behind.get(partition);
            oldest = Math.min(oldest, record.timestamp());
          }
        }
        unsettled.removeIf(partition -> consumer.position(partition) >= ends.get(partition));
        consumer.pause(behind.keySet().stream().filter(partition -> !unsettled.contains(partition)).toList());
      }
      consumer.resume(consumer.paused());
      for (TopicPartition partition : unsettled) {
        events += behind.get(partition);
      }
    }
    double seconds = oldest == Long.MAX_VALUE ? 0 : Math.max(0, (Instant.now().toEpochMilli() - oldest) / 1000.0);
    return new Lag(projection, group, events, seconds, processed);
  }

  private static final Duration READ_WITHIN = Duration.ofSeconds(2);
  private static final Duration ASK_WITHIN = Duration.ofSeconds(10);
}

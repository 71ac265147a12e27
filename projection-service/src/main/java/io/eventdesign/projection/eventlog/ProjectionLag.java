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
 */
public final class ProjectionLag {

  /**
   * One projection's lag. {@code seconds} is the age of the oldest unprocessed event (0 when caught up);
   * {@code processedOffsets} the offsets its group has committed past on every partition it reads (records
   * and the transaction markers between them).
   */
  public record Lag(String projection, String consumerGroup, long events, double seconds, long processedOffsets) {}

  private final Map<String, Object> clientConfig;

  public ProjectionLag(Map<String, Object> clientConfig) {
    this.clientConfig = Map.copyOf(clientConfig);
  }

  public Lag lagOf(String projection, String group) {
    try (Admin admin = Admin.create(clientConfig)) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Records on {@code topic} between its start and end offsets. */
  public long recordCount(String topic) {
    try (Admin admin = Admin.create(clientConfig)) {
      return RetainedRecords.count(admin, topic);
    }
  }

  private static Map<TopicPartition, Long> endOffsets(Admin admin, List<TopicPartition> partitions)
      throws ExecutionException, InterruptedException {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
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
    Map<String, Object> config = KafkaSetup.readerSettings(clientConfig);
    long events = 0;
    long oldest = Long.MAX_VALUE;
    try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
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
      for (TopicPartition partition : unsettled) {
        events += behind.get(partition);
      }
    }
    double seconds = oldest == Long.MAX_VALUE ? 0 : Math.max(0, (Instant.now().toEpochMilli() - oldest) / 1000.0);
    return new Lag(projection, group, events, seconds, processed);
  }

  private static final Duration READ_WITHIN = Duration.ofSeconds(2);
}

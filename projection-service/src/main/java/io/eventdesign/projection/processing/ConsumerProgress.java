package io.eventdesign.projection.processing;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.projection.eventlog.EventTopics;
import io.eventdesign.projection.eventlog.RecordJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where a consumer group is on the event topics (its committed offsets), and the events it has not
 * processed yet, read from Kafka between its committed offsets and the ends (read_committed).
 */
public final class ConsumerProgress {

  private static final Duration READ_WITHIN = Duration.ofSeconds(3);

  /** One partition: the group's committed offset (its next record) and the end. */
  public record Partition(String topic, int partition, long committed, long end) {}

  /** Unprocessed events, oldest first (at most the limit), and whether more are behind them. */
  public record Unprocessed(List<Partition> partitions, List<Map<String, Object>> items, boolean more) {}

  private final Map<String, Object> clientConfig;
  private final RecordCodec codec;

  public ConsumerProgress(Map<String, Object> clientConfig, RecordCodec codec) {
    this.clientConfig = Map.copyOf(clientConfig);
    this.codec = codec;
  }

  /** The group's committed offsets on the event topics (partitions it never committed are left out). */
  public Map<TopicPartition, Long> committed(String group) {
    try (Admin admin = Admin.create(clientConfig)) {
      Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      Map<TopicPartition, Long> committed = new HashMap<>();
      offsets.forEach((partition, offset) -> {
        if (offset != null && EventTopics.NAMES.contains(partition.topic())) {
          committed.put(partition, offset.offset());
        }
      });
      return committed;
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not read the offsets of " + group, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Up to {@code limit} events the group has not processed, oldest first across partitions. */
  public Unprocessed unprocessed(String group, int limit) {
    Map<TopicPartition, Long> committed = committed(group);
    Map<TopicPartition, Long> ends = ends(committed.keySet());
    List<Partition> partitions = committed.entrySet().stream()
        .map(e -> new Partition(e.getKey().topic(), e.getKey().partition(), e.getValue(), ends.getOrDefault(e.getKey(), e.getValue())))
        .sorted(Comparator.comparing(Partition::topic).thenComparing(Partition::partition)).toList();
    List<TopicPartition> behind = partitions.stream().filter(p -> p.end() > p.committed())
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
    boolean more = false;
    if (!behind.isEmpty()) {
      try (var consumer = new KafkaConsumer<>(KafkaSetup.readerSettings(clientConfig), new StringDeserializer(), new ByteArrayDeserializer())) {
        consumer.assign(behind);
        behind.forEach(p -> consumer.seek(p, committed.get(p)));
        Instant deadline = Instant.now().plus(READ_WITHIN);
        List<TopicPartition> open = new ArrayList<>(behind);
        Map<TopicPartition, Integer> perPartition = new HashMap<>();
        while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
          for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            // the oldest `limit` overall are among the first `limit` of each partition
            if (perPartition.merge(partition, 1, Integer::sum) <= limit) {
              read.add(record);
            }
          }
          more |= open.stream().anyMatch(p -> perPartition.getOrDefault(p, 0) > limit);
          open.removeIf(p -> consumer.position(p) >= ends.get(p) || perPartition.getOrDefault(p, 0) >= limit);
          consumer.pause(behind.stream().filter(p -> !open.contains(p)).toList());
        }
        more |= !open.isEmpty() || behind.stream().anyMatch(p -> perPartition.getOrDefault(p, 0) >= limit
            && consumer.position(p) < ends.get(p));
      }
    }
    read.sort(Comparator.<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::timestamp)
        .thenComparing(ConsumerRecord::topic).thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
    more |= read.size() > limit;
    List<Map<String, Object>> items = read.stream().limit(limit).map(record -> RecordJson.of(record, codec, null).data()).toList();
    return new Unprocessed(partitions, items, more);
  }

  private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) {
    try (Admin admin = Admin.create(clientConfig)) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
      Map<TopicPartition, Long> ends = new HashMap<>();
      admin.listOffsets(latest).all().get().forEach((p, info) -> ends.put(p, info.offset()));
      return ends;
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not read the end offsets", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

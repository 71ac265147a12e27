package io.eventdesign.platform.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;

/**
 * How many offsets a topic retains, over all its partitions: from each partition's earliest offset to
 * its last stable offset (committed records; on a transactional topic this also counts the
 * transaction markers among them). 0 means nothing was ever committed, or everything expired.
 *
 * <p>A topic created a moment ago may be described before every broker knows its partitions; the
 * offsets are then asked again (a retriable error) until {@link #TIMEOUT} has passed.
 */
public final class RetainedRecords {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

  private RetainedRecords() {}

  public static long count(Admin admin, String topic) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try {
      while (true) {
        try {
          return countOnce(admin, topic);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
            throw new IllegalStateException("could not read the offsets of " + topic, e.getCause());
          }
          Thread.sleep(RETRY_PAUSE.toMillis());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the offsets of " + topic, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("timed out reading the offsets of " + topic, e);
    }
  }

  private static long countOnce(Admin admin, String topic)
      throws ExecutionException, InterruptedException, TimeoutException {
    List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().stream()
        .map(partition -> new TopicPartition(topic, partition.partition())).toList();
    Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(admin, partitions, OffsetSpec.earliest());
    Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(admin, partitions, OffsetSpec.latest());
    return partitions.stream().mapToLong(p -> latest.get(p).offset() - earliest.get(p).offset()).sum();
  }

  private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, List<TopicPartition> partitions,
      OffsetSpec spec) throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(partition -> request.put(partition, spec));
    return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
        .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
  }
}

package io.eventdesign.projection.replay;

import io.eventdesign.contract.EventHeaders;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.projection.streams.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-delivers the events of some types within a time range to a target topic, with their original
 * keys, values and headers plus {@code replay-*} headers. Reads the event topics directly (no
 * consumer group), so no live projection is touched. The end bound is fixed when the replay starts.
 */
final class BoundedReplay implements Runnable {

  static final String REPLAY_ID = "replay-id";
  static final String SOURCE = "replay-source";

  private static final Logger log = LoggerFactory.getLogger(BoundedReplay.class);

  private final String id;
  private final ReplayRequest request;
  private final ReplaySelection selection;
  private final Map<String, Object> consumerConfig;
  private final Map<String, Object> producerConfig;
  private final Clock clock;
  private final Instant startedAt;
  private volatile ReplayStatus.State state = ReplayStatus.State.RUNNING;
  private volatile long scanned;
  private volatile long replayed;
  private volatile Instant finishedAt;
  private volatile String error;

  BoundedReplay(String id, ReplayRequest request, ReplaySelection selection, Map<String, Object> consumerConfig,
      Map<String, Object> producerConfig, Clock clock) {
    this.id = id;
    this.request = request;
    this.selection = selection;
    this.consumerConfig = consumerConfig;
    this.producerConfig = producerConfig;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @Override
  public void run() {
    Map<String, Object> consumer = KafkaSetup.readerSettings(consumerConfig);
    Map<String, Object> producer = new HashMap<>(producerConfig);
    producer.put("enable.idempotence", true);
    producer.put("acks", "all");
    try (var reader = new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer());
        var writer = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      selection.sourceTopics().forEach(t -> reader.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
      reader.assign(partitions);
      Map<TopicPartition, Long> end = reader.endOffsets(partitions);
      seekToStart(reader, partitions, end);
      long toMillis = request.to().toEpochMilli();
      while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
        for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
          scanned++;
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))
              && record.timestamp() < toMillis && selection.selects(header(record, EventHeaders.EVENT_TYPE), record.key())) {
            writer.send(copy(record));
            replayed++;
          }
        }
      }
      writer.flush();
      state = ReplayStatus.State.COMPLETED;
      log.info("Replay {} re-delivered {} events of {} {} {} to {}", id, replayed, selection.sourceTopics(), selection.eventTypes(),
          selection.aggregateId() == null ? "" : selection.aggregateId(), request.targetTopic());
    } catch (RuntimeException e) {
      error = e.getMessage();
      state = ReplayStatus.State.FAILED;
      log.error("Replay {} failed", id, e);
    } finally {
      finishedAt = clock.instant();
    }
  }

  private void seekToStart(KafkaConsumer<String, byte[]> reader, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
    if (request.from() == null) {
      reader.seekToBeginning(partitions);
      return;
    }
    Map<TopicPartition, Long> at = new HashMap<>();
    partitions.forEach(p -> at.put(p, request.from().toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> offsets = reader.offsetsForTimes(at);
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp offset = offsets.get(partition);
      reader.seek(partition, offset == null ? end.get(partition) : offset.offset());
    }
  }

  private ProducerRecord<String, byte[]> copy(ConsumerRecord<String, byte[]> record) {
    ProducerRecord<String, byte[]> copy =
        new ProducerRecord<>(request.targetTopic(), null, record.timestamp(), record.key(), record.value());
    for (Header header : record.headers()) {
      copy.headers().add(header);
    }
    copy.headers().add(REPLAY_ID, id.getBytes(StandardCharsets.UTF_8));
    copy.headers().add(SOURCE, DeadLetters.position(record.topic(), record.partition(), record.offset()).getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  ReplayStatus status() {
    return new ReplayStatus(id, state, request.eventTypesOrNone(), request.aggregateType(), request.aggregateId(), request.from(),
        request.to(), request.targetTopic(), selection.sourceTopics(), scanned, replayed, startedAt, finishedAt, error);
  }
}

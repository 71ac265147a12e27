package io.eventdesign.projection.live;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.eventlog.RecordJson;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's live stream: its own read_committed consumer, assigned every partition of the event topics
 * (no group, nothing committed), from where the client left off or the end, sending each matching record
 * in partition order as a Server-Sent Event. A slow client slows its own consumer (the send blocks), so
 * nothing is skipped; a client that goes away ends the stream.
 */
final class LiveTail implements Runnable {

  private static final Logger log = LoggerFactory.getLogger(LiveTail.class);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final List<String> topics;
  private final Map<TopicPartition, Long> after;
  private final LiveFilter filter;
  private final RecordCodec codec;
  private final SseEmitter emitter;
  private final Duration heartbeat;
  private final Map<TopicPartition, Long> lastSent = new HashMap<>();
  private volatile boolean stopped;
  private volatile Consumer<String, byte[]> consumer;

  LiveTail(Supplier<Consumer<String, byte[]>> consumers, List<String> topics, Map<TopicPartition, Long> after,
      LiveFilter filter, RecordCodec codec, SseEmitter emitter, Duration heartbeat) {
    this.consumers = consumers;
    this.topics = List.copyOf(topics);
    this.after = Map.copyOf(after);
    this.filter = filter;
    this.codec = codec;
    this.emitter = emitter;
    this.heartbeat = heartbeat;
  }

  /** Ends the stream from another thread (the client left, the stream timed out, the service stops). */
  void stop() {
    stopped = true;
    Consumer<String, byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  @Override
  public void run() {
    try (Consumer<String, byte[]> reader = consumers.get()) {
      consumer = reader;
      List<TopicPartition> partitions = topics.stream().flatMap(topic -> reader.partitionsFor(topic).stream())
          .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
      reader.assign(partitions);
      Map<String, Long> start = start(reader, partitions);
      emitter.send(SseEmitter.event().name("positions").data(Map.of("next", start)));
      long lastBeat = System.nanoTime();
      while (!stopped) {
        for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
          send(record);
        }
        if (System.nanoTime() - lastBeat > heartbeat.toNanos()) {
          emitter.send(SseEmitter.event().comment("still here"));
          lastBeat = System.nanoTime();
        }
      }
      emitter.complete();
    } catch (WakeupException | IOException | IllegalStateException gone) {
      // the client went away or the stream was stopped: nothing to tell anyone
    } catch (RuntimeException e) {
      log.warn("Live event stream failed: {}", e.toString());
      emitter.completeWithError(e);
    }
  }

  /** Seeks each partition and answers the next offset of each, as the client's starting point. */
  private Map<String, Long> start(Consumer<String, byte[]> reader, List<TopicPartition> partitions) {
    Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
    Map<String, Long> next = new LinkedHashMap<>();
    for (TopicPartition partition : partitions) {
      Long last = after.get(partition);
      long position = last == null ? ends.get(partition) : Math.min(last + 1, ends.get(partition));
      reader.seek(partition, position);
      next.put(StreamPositions.key(partition), position);
    }
    return next;
  }

  private void send(ConsumerRecord<String, byte[]> record) throws IOException {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    RecordJson.Shown shown = RecordJson.of(record, codec, lastSent.get(partition));
    if (shown.envelope() != null && !filter.matches(shown.envelope())) {
      return;
    }
    emitter.send(SseEmitter.event().id(StreamPositions.key(partition) + ":" + record.offset()).name(shown.name()).data(shown.data()));
    lastSent.put(partition, record.offset());
  }
}

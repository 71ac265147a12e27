package io.eventdesign.projection.live;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.projection.eventlog.EventTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams this instance serves, each on a thread and consumer of its own, at most
 * {@code maxStreams} at a time (more are refused with 503 until one ends), each for at most
 * {@code maxDuration} (the client then continues with its positions).
 */
public final class LiveStreams implements AutoCloseable {

  /** No stream can start now: every slot is taken. */
  public static final class Full extends RuntimeException {
    Full(int max) {
      super("all " + max + " live streams of this instance are in use");
    }
  }

  private final Map<String, Object> consumerSettings;
  private final RecordCodec codec;
  private final int maxStreams;
  private final Duration maxDuration;
  private final Duration heartbeat;
  private final Semaphore slots;
  private final Set<LiveTail> running = ConcurrentHashMap.newKeySet();
  private final AtomicLong started = new AtomicLong();

  public LiveStreams(Map<String, Object> consumerSettings, RecordCodec codec, int maxStreams, Duration maxDuration,
      Duration heartbeat) {
    Map<String, Object> settings = KafkaSetup.readerSettings(consumerSettings);
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    this.consumerSettings = Map.copyOf(settings);
    this.codec = codec;
    this.maxStreams = maxStreams;
    this.maxDuration = maxDuration;
    this.heartbeat = heartbeat;
    this.slots = new Semaphore(maxStreams);
  }

  /**
   * Starts a stream of the events matching {@code filter} (on the aggregate type's topic only when it names
   * one), continuing after {@code after}.
   *
   * @throws Full when every slot is taken
   */
  public SseEmitter open(LiveFilter filter, Map<TopicPartition, Long> after) {
    if (!slots.tryAcquire()) {
      throw new Full(maxStreams);
    }
    SseEmitter emitter = new SseEmitter(maxDuration.toMillis());
    List<String> topics = filter.aggregateType() == null ? EventTopics.ALL.stream().map(Topic::name).toList()
        : List.of(EventTopics.of(filter.aggregateType()).name());
    LiveTail tail = new LiveTail(this::consumer, topics, after, filter, codec, emitter, heartbeat);
    running.add(tail);
    Runnable end = tail::stop;
    emitter.onCompletion(end);
    emitter.onTimeout(end);
    emitter.onError(error -> end.run());
    Thread.ofPlatform().name("live-events-" + started.incrementAndGet()).daemon().start(() -> {
      try {
        tail.run();
      } finally {
        running.remove(tail);
        slots.release();
      }
    });
    return emitter;
  }

  /** Streams open now. */
  public int open() {
    return running.size();
  }

  private Consumer<String, byte[]> consumer() {
    return new KafkaConsumer<>(consumerSettings, new StringDeserializer(), new ByteArrayDeserializer());
  }

  @Override
  public void close() {
    running.forEach(LiveTail::stop);
  }
}

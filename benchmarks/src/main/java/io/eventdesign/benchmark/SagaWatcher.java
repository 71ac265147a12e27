package io.eventdesign.benchmark;

import io.eventdesign.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches the saga's topics as a consumer of committed records would see them, and notes when each record
 * of a watched correlation became visible: commands on {@code requests.commands} and
 * {@code payments.commands} (their JSON type), events on {@code requests.events} and
 * {@code payments.events} (their {@code event-type} header). That gives the saga's hops, and the moment
 * a request is PAID without anyone polling the system for it.
 */
final class SagaWatcher implements Runnable, AutoCloseable {

  /** A record of the saga seen: its topic and type, and when it became visible ({@link System#nanoTime()}). */
  record Hop(String topic, String type, long visibleAt) {
    String name() {
      return topic + " " + type;
    }
  }

  /** One saga being watched, by the correlation id its submit carried. */
  static final class Saga {
    final String correlation;
    final List<Hop> hops = new ArrayList<>();
    final CompletableFuture<Long> paid = new CompletableFuture<>();
    volatile long submitSentAt;
    volatile long submitAnsweredAt;
    /** When the owner's read first showed PAID; 0 when not timed. */
    volatile long readPaidAt;

    Saga(String correlation) {
      this.correlation = correlation;
    }

    synchronized List<Hop> hops() {
      return List.copyOf(hops);
    }

    /** Nanoseconds from the submit's answer until the request was PAID (its {@code request.paid} visible). */
    long submitToPaid() {
      return Math.max(0, paid.join() - submitAnsweredAt);
    }
  }

  static final String PAID = "request.paid";
  private static final List<String> TOPICS = List.of(Topics.REQUESTS_COMMANDS.name(), Topics.REQUESTS_EVENTS.name(),
      Topics.PAYMENTS_COMMANDS.name(), Topics.PAYMENTS_EVENTS.name());
  private static final Pattern COMMAND_TYPE = Pattern.compile("\"type\":\"([^\"]+)\"");
  private static final Pattern CORRELATION = Pattern.compile("\"correlationId\":\"([^\"]+)\"");

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, Saga> watched = new ConcurrentHashMap<>();
  private volatile boolean closed;

  SagaWatcher(String bootstrap) {
    consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "isolation.level", "read_committed",
        "enable.auto.commit", false, "fetch.max.wait.ms", 100), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
        .map(p -> new TopicPartition(topic, p.partition()))).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // resolve the end now, before any saga is started
  }

  /** Starts watching records with this correlation id; call before the command that starts the saga. */
  Saga expect(String correlation) {
    Saga saga = new Saga(correlation);
    watched.put(correlation, saga);
    return saga;
  }

  /** Waits for the saga's {@code request.paid}; returns when it became visible ({@link System#nanoTime()}). */
  long awaitPaid(Saga saga, Duration within) throws Exception {
    try {
      return saga.paid.get(within.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("saga " + saga.correlation + " not PAID within " + within + "; seen: " + saga.hops());
    } finally {
      watched.remove(saga.correlation);
    }
  }

  @Override
  public void run() {
    while (!closed) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
        long now = System.nanoTime();
        boolean command = record.topic().endsWith(".commands");
        String correlation = command ? group(CORRELATION, record.value()) : header(record, "correlation-id");
        Saga saga = correlation == null ? null : watched.get(correlation);
        if (saga == null) {
          continue;
        }
        String type = command ? group(COMMAND_TYPE, record.value()) : header(record, "event-type");
        synchronized (saga) {
          saga.hops.add(new Hop(record.topic(), type, now));
        }
        if (PAID.equals(type)) {
          saga.paid.complete(now);
        }
      }
    }
    consumer.close();
  }

  @Override
  public void close() {
    closed = true;
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static String group(Pattern pattern, byte[] value) {
    if (value == null) {
      return null;
    }
    Matcher matcher = pattern.matcher(new String(value, StandardCharsets.UTF_8));
    return matcher.find() ? matcher.group(1) : null;
  }
}

package io.eventdesign.platform.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs one Kafka Streams application for the lifetime of the Spring context. An unexpected error
 * replaces the failed stream thread (the transaction it was in is aborted, so nothing is applied twice).
 */
public final class KafkaStreamsRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KafkaStreamsRunner.class);

  private final Topology topology;
  private final Properties properties = new Properties();
  private volatile KafkaStreams streams;

  public KafkaStreamsRunner(Topology topology, Map<String, Object> properties) {
    this.topology = topology;
    this.properties.putAll(properties);
  }

  @Override
  public void start() {
    log.info("Starting Kafka Streams application {}:\n{}", applicationId(), topology.describe());
    KafkaStreams created = new KafkaStreams(topology, properties);
    created.setUncaughtExceptionHandler(error -> {
      log.error("Stream thread failed; replacing it", error);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    created.setStateListener((now, before) -> log.info("Kafka Streams state {} -> {}", before, now));
    created.start();
    streams = created;
  }

  @Override
  public void stop() {
    KafkaStreams running = streams;
    if (running != null) {
      // Leave the group: other instances take the tasks over at once instead of after the session
      // timeout, and operators can reset the application right after a stop.
      running.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(Duration.ofSeconds(30)));
      streams = null;
    }
  }

  @Override
  public boolean isRunning() {
    return streams != null;
  }

  /** Starts before the web server accepts requests, stops after it. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE / 2;
  }

  /** The topics the topology reads (its source nodes'), sorted. */
  public SortedSet<String> sourceTopics() {
    SortedSet<String> topics = new TreeSet<>();
    topology.describe().subtopologies().forEach(subtopology -> subtopology.nodes().forEach(node -> {
      if (node instanceof TopologyDescription.Source source && source.topicSet() != null) {
        topics.addAll(source.topicSet());
      }
    }));
    return topics;
  }

  public String applicationId() {
    return properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
  }

  /** This instance's {@code application.server} (where the others reach it), or null when not set. */
  public org.apache.kafka.streams.state.HostInfo applicationServer() {
    String server = properties.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
    return server == null || server.isBlank() ? null : org.apache.kafka.streams.state.HostInfo.buildFromEndpoint(server);
  }

  /** How long the group waits for a silent member before moving its tasks: the consumers' session timeout (Kafka's default 45 s). */
  public Duration sessionTimeout() {
    Object millis = properties.getOrDefault(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
        properties.getOrDefault(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 45_000));
    return Duration.ofMillis(Long.parseLong(millis.toString()));
  }

  public KafkaStreams streams() {
    KafkaStreams running = streams;
    if (running == null) {
      throw new IllegalStateException("Kafka Streams is not running");
    }
    return running;
  }

  public KafkaStreams.State state() {
    KafkaStreams running = streams;
    return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
  }

  /** Blocks until the application processes records, or the timeout passes. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (state() == KafkaStreams.State.RUNNING) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}

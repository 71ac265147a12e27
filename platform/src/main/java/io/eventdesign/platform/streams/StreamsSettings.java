package io.eventdesign.platform.streams;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Kafka Streams properties from Spring Boot's {@code spring.kafka.streams.*}, with this project's
 * defaults where they are not set: exactly-once v2, short commit and poll intervals (under exactly-once
 * a command's outcome becomes visible only when its transaction commits), RocksDB's memory bounded
 * for all stores together ({@link BoundedRocksDbMemory}), and a short group session, so the partitions of
 * a crashed instance move to the others within seconds.
 */
public final class StreamsSettings {

  private StreamsSettings() {}

  public static Map<String, Object> from(KafkaProperties kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.buildStreamsProperties());
    properties.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 10);
    properties.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, 10);
    properties.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    // A crashed instance leaves its group only when its session times out; until then nobody serves its
    // partitions (Kafka's default, 45 s, was measured as 38-48 s without service). 6 s is the broker's
    // smallest (group.min.session.timeout.ms); heartbeats come from their own thread, so only a JVM-wide
    // pause longer than that would be taken for a crash. See RELIABILITY.md.
    properties.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
    properties.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_500);
    return properties;
  }
}

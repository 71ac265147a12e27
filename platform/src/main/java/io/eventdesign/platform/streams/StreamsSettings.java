package io.eventdesign.platform.streams;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Kafka Streams properties from Spring Boot's {@code spring.kafka.streams.*}, with this project's
 * defaults where they are not set: exactly-once v2, short commit and poll intervals (under exactly-once
 * a command's outcome becomes visible only when its transaction commits), and RocksDB's memory bounded
 * for all stores together ({@link BoundedRocksDbMemory}).
 */
public final class StreamsSettings {

  private StreamsSettings() {}

  public static Map<String, Object> from(KafkaProperties kafka) {
    Map<String, Object> properties = new HashMap<>(kafka.buildStreamsProperties());
    properties.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    properties.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 10);
    properties.putIfAbsent(StreamsConfig.POLL_MS_CONFIG, 10);
    properties.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    return properties;
  }
}

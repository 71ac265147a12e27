package io.eventdesign.platform.streams;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * Kafka Streams properties from Spring Boot's {@code spring.kafka.streams.*}, with this project's
 * defaults where they are not set: exactly-once v2, short commit and poll intervals (under exactly-once
 * a command's outcome becomes visible only when its transaction commits), RocksDB's memory bounded
 * for all stores together ({@link BoundedRocksDbMemory}), and a short group session, a short transaction
 * timeout and a standby copy of every store, so the partitions of a crashed instance are served by the
 * others within seconds.
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
    // A crashed instance's open transaction holds back every read_committed reader of the partitions it
    // wrote (the command replies among them) until the broker aborts it, transaction.timeout.ms after it
    // began (Streams' default under exactly-once is 10 s). Transactions here commit every 10 ms, so 5 s
    // leaves a wide margin; a transaction that takes longer is aborted and its task re-run.
    properties.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5_000);
    // Each instance keeps a warm copy of another's stores: a crashed instance's tasks move to one that can
    // serve them at once instead of first restoring them from their changelogs.
    properties.putIfAbsent(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
    // A restarted instance (its stores wiped: exactly-once keeps no local state across a crash) gets its
    // tasks back only once it has caught up as a warm-up replica, checked every minute, instead of at once
    // with every store to restore while its commands wait.
    properties.putIfAbsent(StreamsConfig.ACCEPTABLE_RECOVERY_LAG_CONFIG, 100L);
    properties.putIfAbsent(StreamsConfig.PROBING_REBALANCE_INTERVAL_MS_CONFIG, 60_000L);
    return properties;
  }
}

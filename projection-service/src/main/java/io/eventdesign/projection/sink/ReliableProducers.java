package io.eventdesign.projection.sink;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/** Settings of the producers that park records: acknowledged once on every in-sync replica, no transactions. */
public final class ReliableProducers {

  private ReliableProducers() {}

  public static Map<String, Object> settings(KafkaProperties kafka) {
    Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    return producer;
  }
}

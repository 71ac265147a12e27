package io.eventdesign.projection.deadletter;

import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.projection.readmodel.ReadModels;
import io.eventdesign.projection.sink.ReliableProducers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.context.annotation.Configuration;

/** The records the state topologies parked, read and re-published through the admin API. */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

  @Bean(destroyMethod = "close")
  TopologyParking topologyParking(KafkaStreamsRunner projectionStreams, KafkaProperties kafka, ReadModels models) {
    return new TopologyParking(projectionStreams, new KafkaProducer<>(ReliableProducers.settings(kafka),
        new StringSerializer(), new StringSerializer()), models.parkedTopics());
  }

  @Bean
  OriginalRecords originalRecords(KafkaAdmin admin) {
    return new OriginalRecords(admin.getConfigurationProperties());
  }
}

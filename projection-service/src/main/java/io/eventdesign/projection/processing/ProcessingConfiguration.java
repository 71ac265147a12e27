package io.eventdesign.projection.processing;

import io.eventdesign.contract.codec.RecordCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The progress of the event topics' consumers, per event and per consumer. */
@Configuration(proxyBeanMethods = false)
class ProcessingConfiguration {

  @Bean
  ConsumerProgress consumerProgress(KafkaAdmin admin, RecordCodec codec) {
    return new ConsumerProgress(admin.getConfigurationProperties(), codec);
  }
}

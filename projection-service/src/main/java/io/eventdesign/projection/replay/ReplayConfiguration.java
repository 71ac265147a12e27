package io.eventdesign.projection.replay;

import io.eventdesign.platform.config.PlatformProperties;
import java.time.Clock;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** Bounded replays into {@code replay.*} topics, created on demand like our own topics. */
@Configuration(proxyBeanMethods = false)
class ReplayConfiguration {

  @Bean(destroyMethod = "close")
  Replays replays(KafkaProperties kafka, KafkaAdmin admin, PlatformProperties properties, Clock clock, JdbcClient jdbc) {
    return new Replays(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
        topic -> admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(properties.topicPartitions())
            .replicas(properties.topicReplicationFactor()).build()),
        clock, new ReplayPreview(kafka.buildConsumerProperties(), jdbc));
  }
}

package io.eventdesign.projection.live;

import io.eventdesign.contract.codec.RecordCodec;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live event streams ({@code eventdesign.live.*}: how many at once, how long each, how often a heartbeat). */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

  @Bean(destroyMethod = "close")
  LiveStreams liveStreams(KafkaProperties kafka, RecordCodec codec,
      @Value("${eventdesign.live.max-streams:16}") int maxStreams,
      @Value("${eventdesign.live.max-duration:30m}") Duration maxDuration,
      @Value("${eventdesign.live.heartbeat:15s}") Duration heartbeat) {
    return new LiveStreams(kafka.buildConsumerProperties(), codec, maxStreams, maxDuration, heartbeat);
  }
}

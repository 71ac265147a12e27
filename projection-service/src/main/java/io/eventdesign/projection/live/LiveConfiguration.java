package io.eventdesign.projection.live;

import io.eventdesign.contract.codec.RecordCodec;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
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
      @Value("${eventdesign.live.heartbeat:5s}") Duration heartbeat) {
    return new LiveStreams(kafka.buildConsumerProperties(), codec, maxStreams, maxDuration, heartbeat);
  }

  @Bean
  MeterBinder liveStreamGauge(LiveStreams streams) {
    return registry -> Gauge.builder("eventdesign.live.streams", streams, LiveStreams::open)
        .description("Live event streams open on this instance").register(registry);
  }
}

package io.eventdesign.platform.config;

import io.eventdesign.platform.http.AggregateReads;
import io.eventdesign.platform.http.BodySizeLimitFilter;
import io.eventdesign.platform.http.JsonBodyFilter;
import io.eventdesign.platform.http.RemoteReads;
import io.eventdesign.platform.processor.AggregateReader;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.http.CommandResponses;
import io.eventdesign.platform.input.RequestTextFilter;
import org.springframework.core.Ordered;
import io.eventdesign.platform.streams.KafkaStreamsHealthIndicator;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's edge beans, for every service that has it on its classpath. Ordered before Boot's error
 * MVC configuration, whose error controller gives way to {@link ProblemErrorController}.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(PlatformProperties.class)
@Import(EdgeConfiguration.class)
public class PlatformAutoConfiguration {

  /** Every path segment and query parameter keeps the text policy; registered before the body limit. */
  @Bean
  FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
    return filter(new RequestTextFilter(), API, Ordered.HIGHEST_PRECEDENCE + 10);
  }

  @Bean
  CommandMetadataFactory commandMetadataFactory(Clock clock) {
    return new CommandMetadataFactory(clock);
  }

  @Bean
  CommandResponses commandResponses(JsonMapper json) {
    return new CommandResponses(json);
  }

  /** Request bodies are application/json in UTF-8. */
  @Bean
  FilterRegistrationBean<JsonBodyFilter> jsonBodyFilter() {
    return filter(new JsonBodyFilter(), API, Ordered.HIGHEST_PRECEDENCE + 20);
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(PlatformProperties properties) {
    return filter(new BodySizeLimitFilter(properties.maxBodySize().toBytes()), API, Ordered.LOWEST_PRECEDENCE);
  }

  private static final String API = "/api/*";

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> filter(F filter, String urls, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(urls);
    registration.setOrder(order);
    return registration;
  }

  /** Health and metrics for the service's Kafka Streams application, when it has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBean(KafkaStreamsRunner.class)
  static class StreamsObservability {

    @Bean
    KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(KafkaStreamsRunner runner) {
      return new KafkaStreamsHealthIndicator(runner);
    }

    @Bean
    AggregateReader aggregateReader(KafkaStreamsRunner runner, JsonMapper json) {
      return new AggregateReader(runner, json);
    }

    /** Reads are forwarded between instances when {@code application.server} is set. */
    @Bean
    RemoteReads remoteReads(KafkaStreamsRunner runner) {
      return new RemoteReads(runner.applicationServer());
    }

    @Bean
    AggregateReads aggregateReads(AggregateReader aggregateReader, RemoteReads remoteReads) {
      return new AggregateReads(aggregateReader, remoteReads);
    }

    @Bean
    StreamsMetricsBinder streamsMetricsBinder(KafkaStreamsRunner runner, ObjectProvider<MeterRegistry> registry) {
      return new StreamsMetricsBinder(runner, registry);
    }
  }

  /** Binds Kafka Streams' own metrics to Micrometer once the application has started. */
  static final class StreamsMetricsBinder implements org.springframework.context.SmartLifecycle {
    private final KafkaStreamsRunner runner;
    private final ObjectProvider<MeterRegistry> registry;
    private KafkaStreamsMetrics metrics;

    StreamsMetricsBinder(KafkaStreamsRunner runner, ObjectProvider<MeterRegistry> registry) {
      this.runner = runner;
      this.registry = registry;
    }

    @Override
    public void start() {
      registry.ifAvailable(meters -> {
        metrics = new KafkaStreamsMetrics(runner.streams());
        metrics.bindTo(meters);
      });
    }

    @Override
    public void stop() {
      if (metrics != null) {
        metrics.close();
        metrics = null;
      }
    }

    @Override
    public boolean isRunning() {
      return metrics != null;
    }

    @Override
    public int getPhase() {
      return runner.getPhase() + 1;
    }
  }
}

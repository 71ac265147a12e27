package io.eventdesign.projection;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.platform.streams.StreamsSettings;
import io.eventdesign.projection.eventlog.EventLogWriter;
import io.eventdesign.projection.sink.ProjectionSink;
import io.eventdesign.projection.user.UserQueries;
import io.eventdesign.projection.user.UserStateTopology;
import io.eventdesign.projection.user.UserTableWriter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/** Wires the state topologies, the PostgreSQL sink and the queries. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

  @Bean
  RecordCodec recordCodec() {
    return new SingleObjectCodec();
  }

  @Bean
  KafkaAdmin.NewTopics projectionTopics(PlatformProperties properties) {
    return KafkaSetup.topics(properties, List.of(Topics.USERS_EVENTS, Topics.USERS_STATE, Topics.PROJECTION_DEAD_LETTERS));
  }

  @Bean
  KafkaStreamsRunner projectionStreams(KafkaProperties kafka, RecordCodec codec, KafkaAdmin admin,
      KafkaAdmin.NewTopics projectionTopics) {
    admin.initialize();
    Map<String, Object> settings = StreamsSettings.from(kafka);
    settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "projection-service");
    return new KafkaStreamsRunner(UserStateTopology.build(codec), settings);
  }

  @Bean
  EventLogWriter eventLogWriter(JdbcTemplate jdbc, JsonMapper json) {
    return new EventLogWriter(jdbc, json);
  }

  @Bean
  UserTableWriter userTableWriter(JdbcTemplate jdbc) {
    return new UserTableWriter(jdbc);
  }

  @Bean
  UserQueries userQueries(JdbcClient jdbc) {
    return new UserQueries(jdbc);
  }

  @Bean
  ProjectionSink projectionSink(RecordCodec codec, TransactionTemplate transaction, EventLogWriter eventLog,
      UserTableWriter users, MeterRegistry meters) {
    return new ProjectionSink(codec, transaction, eventLog, users, meters);
  }

  /**
   * Batch listener, read_committed, offsets committed after each batch's database commit; a failing
   * batch (database down) is retried with back-off, forever, never skipped.
   */
  @Bean
  ConcurrentKafkaListenerContainerFactory<String, byte[]> sinkContainerFactory(KafkaProperties kafka) {
    Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
    consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumer.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    consumer.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
    var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
    factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()));
    factory.setBatchListener(true);
    factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
    ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
    backOff.setMaxInterval(10_000);
    DefaultErrorHandler errors = new DefaultErrorHandler(backOff);
    errors.setClassifications(Map.of(), true);
    factory.setCommonErrorHandler(errors);
    return factory;
  }
}

package io.eventdesign.projection.readmodel;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.status.Feature;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.projection.sink.DeadLetterPublisher;
import io.eventdesign.projection.sink.ProjectionSink;
import io.eventdesign.projection.sink.ReliableProducers;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.streams.ConsumerActivity;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kernel of projection-service, wired from the {@link ReadModel} beans the slices declare: their
 * topics, the one exactly-once Kafka Streams application with every state branch, and the PostgreSQL
 * sink writing every table.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelsConfiguration {

  @Bean
  RecordCodec recordCodec() {
    return new SingleObjectCodec();
  }

  @Bean
  ReadModels readModels(List<ReadModel> models) {
    return new ReadModels(models);
  }

  @Bean
  Feature readModelsFeature(List<ReadModel> models) {
    return new Feature("read-models", "folds the event topics into state topics and PostgreSQL tables, rebuildable online: "
        + String.join(", ", models.stream().map(ReadModel::name).toList()));
  }

  @Bean
  KafkaAdmin.NewTopics projectionTopics(PlatformProperties properties, ReadModels models) {
    List<Topic> topics = new ArrayList<>(models.topics());
    topics.addAll(List.of(Topics.PROJECTION_DEAD_LETTERS, Topics.PROJECTION_RETRIES));
    return KafkaSetup.topics(properties, topics);
  }

  @Bean
  KafkaStreamsRunner projectionStreams(KafkaProperties kafka, RecordCodec codec, KafkaAdmin admin,
      KafkaAdmin.NewTopics projectionTopics, ReadModels models, ConsumerActivity topologyActivity) {
    return KafkaSetup.streams(kafka, admin, "projection-service", models.topology(codec, topologyActivity));
  }

  /** What the state topologies took and parked last, on this instance. */
  @Bean
  ConsumerActivity topologyActivity(Clock clock) {
    return new ConsumerActivity(clock);
  }

  /** What the PostgreSQL sink applied and what failed last, on this instance. */
  @Bean
  ConsumerActivity sinkActivity(Clock clock) {
    return new ConsumerActivity(clock);
  }

  @Bean
  ProjectionSink projectionSink(RecordCodec codec, PlatformTransactionManager transactions, ReadModels models,
      JdbcTemplate jdbc, SinkParking parking, SinkBatchLock batchLock, DeadLetterPublisher deadLetters,
      MeterRegistry meters, ConsumerActivity sinkActivity) {
    TransactionTemplate savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return new ProjectionSink(codec, new TransactionTemplate(transactions), savepoint, models.writers(jdbc), parking,
        batchLock, deadLetters, meters, sinkActivity);
  }

  @Bean
  SinkParking sinkParking(JdbcTemplate jdbc) {
    return new SinkParking(jdbc);
  }

  @Bean
  SinkBatchLock sinkBatchLock(JdbcTemplate jdbc) {
    return new SinkBatchLock(jdbc);
  }

  @Bean(destroyMethod = "close")
  DeadLetterPublisher sinkDeadLetters(KafkaProperties kafka) {
    return new DeadLetterPublisher(new KafkaProducer<>(ReliableProducers.settings(kafka), new StringSerializer(),
        new ByteArraySerializer()));
  }

  /** Batches of up to 1000 records, each written in one database transaction (see {@link ProjectionSink}). */
  @Bean
  ConcurrentKafkaListenerContainerFactory<String, byte[]> sinkContainerFactory(KafkaProperties kafka) {
    var factory = KafkaSetup.listenerFactory(kafka, true);
    factory.getConsumerFactory().updateConfigs(Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000));
    return factory;
  }
}

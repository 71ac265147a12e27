package io.eventdesign.projection;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.projection.eventlog.EventLogWriter;
import io.eventdesign.projection.eventlog.EventQueries;
import io.eventdesign.projection.eventlog.EventStats;
import io.eventdesign.projection.eventlog.ProjectionLagGauges;
import io.eventdesign.projection.eventlog.ProjectionLag;
import io.eventdesign.projection.eventlog.StateAsOf;
import io.eventdesign.projection.sink.SinkListener;
import io.eventdesign.projection.request.AnswerWriter;
import io.eventdesign.projection.request.RequestQueries;
import io.eventdesign.projection.request.RequestTableWriter;
import io.eventdesign.projection.replay.Replays;
import io.eventdesign.projection.sink.ProjectionSink;
import io.eventdesign.projection.sink.TableWriter;
import io.eventdesign.projection.user.UserQueries;
import io.eventdesign.projection.user.UserTableWriter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import io.eventdesign.projection.deadletter.TopologyParking;
import io.eventdesign.projection.sink.DeadLetterPublisher;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.streams.DeadLetters;
import java.util.HashMap;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;
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
    return KafkaSetup.topics(properties, List.of(Topics.USERS_EVENTS, Topics.USERS_STATE, Topics.REQUESTS_EVENTS,
        Topics.REQUESTS_STATE, Topics.PAYMENTS_EVENTS, Topics.PAYMENTS_STATE, Topics.PROJECTION_DEAD_LETTERS,
        Topics.PROJECTION_RETRIES));
  }

  @Bean
  KafkaStreamsRunner projectionStreams(KafkaProperties kafka, RecordCodec codec, KafkaAdmin admin,
      KafkaAdmin.NewTopics projectionTopics) {
    return KafkaSetup.streams(kafka, admin, "projection-service", ProjectionTopology.build(codec));
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
  RequestTableWriter requestTableWriter(JdbcTemplate jdbc) {
    return new RequestTableWriter(jdbc);
  }

  @Bean
  AnswerWriter answerWriter(JdbcTemplate jdbc) {
    return new AnswerWriter(jdbc);
  }

  @Bean
  RequestQueries requestQueries(JdbcClient jdbc) {
    return new RequestQueries(jdbc);
  }

  @Bean
  EventQueries eventQueries(JdbcClient jdbc, JsonMapper json) {
    return new EventQueries(jdbc, json);
  }

  /** Lag of the PostgreSQL sink and of the state topologies, and the dead-letter count. */
  /** The projections whose lag and parked records the stats and the gauges report: the sink and the state topologies. */
  @Bean
  List<EventStats.Projection> projections(KafkaProperties kafka, @Value(SinkListener.GROUP) String sinkGroup,
      SinkParking sinkParking, TopologyParking topologyParking) {
    String streamsApplication = kafka.getStreams().getApplicationId() == null
        ? "projection-service" : kafka.getStreams().getApplicationId();
    return List.of(
        new EventStats.Projection(DeadLetters.SINK_CONSUMER, sinkGroup, sinkParking::count),
        new EventStats.Projection(DeadLetters.TOPOLOGY_CONSUMER, streamsApplication, topologyParking::countIfRunning));
  }

  @Bean
  ProjectionLag projectionLag(KafkaAdmin admin) {
    return new ProjectionLag(admin.getConfigurationProperties());
  }

  @Bean
  EventStats eventStats(EventQueries queries, ProjectionLag lag, List<EventStats.Projection> projections) {
    return new EventStats(queries, lag, projections);
  }

  @Bean
  ProjectionLagGauges projectionLagGauges(ProjectionLag lag, List<EventStats.Projection> projections, Clock clock) {
    return new ProjectionLagGauges(lag, projections, clock);
  }

  /**
   * Dead letters ever written (from the topic's offsets) and records parked now per consumer, as
   * gauges read at each scrape.
   */
  @Bean
  MeterBinder deadLetterGauges(ProjectionLag lag, SinkParking sinkParking, TopologyParking topologyParking) {
    return registry -> {
      Gauge.builder("eventdesign.projection.dead.letters", lag, l -> l.recordCount(Topics.PROJECTION_DEAD_LETTERS.name()))
          .description("Records written to " + Topics.PROJECTION_DEAD_LETTERS.name()).register(registry);
      Gauge.builder("eventdesign.projection.parked", sinkParking, SinkParking::count).tag("consumer", DeadLetters.SINK_CONSUMER)
          .description("Records the PostgreSQL sink holds parked").register(registry);
      Gauge.builder("eventdesign.projection.parked", topologyParking, TopologyParking::countOrNaN)
          .tag("consumer", DeadLetters.TOPOLOGY_CONSUMER)
          .description("Records this instance's state topologies hold parked").register(registry);
    };
  }

  @Bean
  SinkParking sinkParking(JdbcTemplate jdbc) {
    return new SinkParking(jdbc);
  }

  @Bean(destroyMethod = "close")
  DeadLetterPublisher sinkDeadLetters(KafkaProperties kafka) {
    return new DeadLetterPublisher(new KafkaProducer<>(reliableProducer(kafka), new StringSerializer(),
        new ByteArraySerializer()));
  }

  @Bean(destroyMethod = "close")
  TopologyParking topologyParking(KafkaStreamsRunner projectionStreams, KafkaProperties kafka) {
    return new TopologyParking(projectionStreams, new KafkaProducer<>(reliableProducer(kafka), new StringSerializer(),
        new StringSerializer()), ProjectionTopology.PARKING_TOPICS);
  }

  private static Map<String, Object> reliableProducer(KafkaProperties kafka) {
    Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
    producer.put(ProducerConfig.ACKS_CONFIG, "all");
    producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    return producer;
  }

  /** Bounded replays into {@code replay.*} topics, created on demand like our own topics. */
  @Bean(destroyMethod = "close")
  Replays replays(KafkaProperties kafka, KafkaAdmin admin, PlatformProperties properties, Clock clock) {
    return new Replays(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
        topic -> admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(properties.topicPartitions())
            .replicas(properties.topicReplicationFactor()).build()),
        clock);
  }

  @Bean
  StateAsOf stateAsOf(EventQueries queries, RecordCodec codec) {
    return new StateAsOf(queries, codec);
  }

  @Bean
  UserQueries userQueries(JdbcClient jdbc) {
    return new UserQueries(jdbc);
  }

  @Bean
  ProjectionSink projectionSink(RecordCodec codec, PlatformTransactionManager transactions, List<TableWriter> writers,
      SinkParking parking, SinkBatchLock batchLock, DeadLetterPublisher deadLetters, MeterRegistry meters) {
    TransactionTemplate savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    return new ProjectionSink(codec, new TransactionTemplate(transactions), savepoint, writers, parking, batchLock,
        deadLetters, meters);
  }

  @Bean
  SinkBatchLock sinkBatchLock(JdbcTemplate jdbc) {
    return new SinkBatchLock(jdbc);
  }

  /** Batches of up to 1000 records, each written in one database transaction (see {@link ProjectionSink}). */
  @Bean
  ConcurrentKafkaListenerContainerFactory<String, byte[]> sinkContainerFactory(KafkaProperties kafka) {
    var factory = KafkaSetup.listenerFactory(kafka, true);
    factory.getConsumerFactory().updateConfigs(Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000));
    return factory;
  }
}

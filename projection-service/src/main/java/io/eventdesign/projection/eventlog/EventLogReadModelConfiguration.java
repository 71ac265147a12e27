package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.projection.deadletter.ParkedView;
import io.eventdesign.projection.deadletter.TopologyParking;
import io.eventdesign.projection.readmodel.ReadModel;
import io.eventdesign.projection.sink.SinkListener;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.streams.ConsumerActivity;
import io.eventdesign.projection.streams.DeadLetters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event log read model: every event of every aggregate in {@code event_log}, behind the event API,
 * the state of an aggregate as of any instant, and the statistics and gauges of the projections.
 */
@Configuration(proxyBeanMethods = false)
class EventLogReadModelConfiguration {

  @Bean
  ReadModel eventLogReadModel(JsonMapper json) {
    return new ReadModel("event log", EventTopics.ALL, ReadModel.StateBranch.NONE,
        List.of(new ReadModel.Table(jdbc -> new EventLogWriter(jdbc, json), EventTopics.ALL)));
  }

  @Bean
  EventQueries eventQueries(JdbcClient jdbc, JsonMapper json) {
    return new EventQueries(jdbc, json);
  }

  @Bean
  StateAsOf stateAsOf(EventQueries queries, RecordCodec codec) {
    return new StateAsOf(queries, codec);
  }

  /** Timelines folded by the reducers the read models declare (types without one show events only). */
  @Bean
  AggregateTimeline aggregateTimeline(EventQueries queries, RecordCodec codec, List<AggregateFold<?>> folds) {
    return new AggregateTimeline(queries, codec, folds);
  }

  /** The projections whose lag and parked records the stats and the gauges report: the sink and the state topologies. */
  @Bean
  List<EventStats.Projection> projections(KafkaStreamsRunner projectionStreams, @Value(SinkListener.GROUP) String sinkGroup,
      SinkParking sinkParking, TopologyParking topologyParking, ConsumerActivity sinkActivity,
      ConsumerActivity topologyActivity) {
    return List.of(
        new EventStats.Projection(DeadLetters.SINK_CONSUMER, sinkGroup, sinkParking::count,
            (topic, partition, offset, key) -> sinkParking.find(topic, partition, offset).map(SinkParking.Parked::reason),
            sinkActivity),
        new EventStats.Projection(DeadLetters.TOPOLOGY_CONSUMER, projectionStreams.applicationId(),
            topologyParking::countIfRunning,
            (topic, partition, offset, key) -> topologyParking.find(topic, key, partition, offset).map(ParkedView::reason),
            topologyActivity));
  }

  @Bean
  ProjectionLag projectionLag(KafkaAdmin admin) {
    return new ProjectionLag(admin.getConfigurationProperties());
  }

  @Bean
  ProjectionLags projectionLags(ProjectionLag lag, List<EventStats.Projection> projections) {
    return new ProjectionLags(lag, projections);
  }

  @Bean
  EventStats eventStats(EventQueries queries, ProjectionLag lag, ProjectionLags lags, List<EventStats.Projection> projections) {
    return new EventStats(queries, lag, lags, projections);
  }

  @Bean
  ProjectionLagGauges projectionLagGauges(ProjectionLags lags, List<EventStats.Projection> projections) {
    return new ProjectionLagGauges(lags, projections);
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
}

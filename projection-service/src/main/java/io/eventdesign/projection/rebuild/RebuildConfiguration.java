package io.eventdesign.projection.rebuild;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.eventlog.EventLogWriter;
import io.eventdesign.projection.request.AnswerWriter;
import io.eventdesign.projection.request.RequestTableWriter;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.user.UserTableWriter;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Online table rebuilds, connected as the tables' owner ({@link TableOwner}). */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {

  @Bean(destroyMethod = "close")
  TableOwner tableOwner(DataSource dataSource,
      @Value("${spring.flyway.url:${spring.datasource.url:}}") String url,
      @Value("${spring.flyway.user:}") String user,
      @Value("${spring.flyway.password:}") String password) {
    return user.isBlank() ? TableOwner.sameAs(dataSource) : TableOwner.connect(url, user, password);
  }

  /**
   * Rebuildable tables and their source topics, each written through its own writer on the owner's
   * connections. {@code eventdesign.projections.rebuild-max-events-per-second} throttles a rebuild (0, the
   * default, means as fast as possible); {@code eventdesign.projections.rebuild-index-sort-memory} (256MB) is
   * PostgreSQL's {@code maintenance_work_mem} while a rebuilt table's indexes are built.
   */
  @Bean(destroyMethod = "close")
  ProjectionRebuilds projectionRebuilds(TableOwner owner, JsonMapper json, KafkaProperties kafka, RecordCodec codec,
      SinkParking sinkParking, Clock clock,
      @Value("${eventdesign.projections.rebuild-max-events-per-second:0}") double maxEventsPerSecond,
      @Value("${eventdesign.projections.rebuild-index-sort-memory:256MB}") String indexSortMemory) {
    JdbcTemplate jdbc = new JdbcTemplate(owner.dataSource());
    TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(owner.dataSource()));
    return new ProjectionRebuilds(List.of(
        new ProjectionRebuilds.Source(new UserTableWriter(jdbc), List.of(Topics.USERS_STATE.name())),
        new ProjectionRebuilds.Source(new RequestTableWriter(jdbc), List.of(Topics.REQUESTS_STATE.name())),
        new ProjectionRebuilds.Source(new AnswerWriter(jdbc), List.of(Topics.REQUESTS_EVENTS.name())),
        new ProjectionRebuilds.Source(new EventLogWriter(jdbc, json), List.of(Topics.USERS_EVENTS.name(),
            Topics.REQUESTS_EVENTS.name(), Topics.PAYMENTS_EVENTS.name()))),
        kafka.buildConsumerProperties(), codec, jdbc, transaction, new SinkBatchLock(jdbc), sinkParking,
        new RebuildSettings(maxEventsPerSecond, indexSortMemory), clock);
  }
}

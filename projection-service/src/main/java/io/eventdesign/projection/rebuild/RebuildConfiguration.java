package io.eventdesign.projection.rebuild;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.projection.readmodel.ReadModels;
import io.eventdesign.projection.sink.SinkBatchLock;
import io.eventdesign.projection.sink.SinkParking;
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
   * Every read model's tables ({@link ReadModels#tables()}) with their source topics, each written
   * through its own writer on the owner's connections. {@code eventdesign.projections.rebuild-max-events-per-second} throttles a rebuild (0, the
   * default, means as fast as possible); {@code eventdesign.projections.rebuild-index-sort-memory} (256MB) is
   * PostgreSQL's {@code maintenance_work_mem} while a rebuilt table's indexes are built.
   */
  @Bean(destroyMethod = "close")
  ProjectionRebuilds projectionRebuilds(TableOwner owner, ReadModels models, KafkaProperties kafka, RecordCodec codec,
      SinkParking sinkParking, Clock clock,
      @Value("${eventdesign.projections.rebuild-max-events-per-second:0}") double maxEventsPerSecond,
      @Value("${eventdesign.projections.rebuild-index-sort-memory:256MB}") String indexSortMemory) {
    JdbcTemplate jdbc = new JdbcTemplate(owner.dataSource());
    TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(owner.dataSource()));
    List<ProjectionRebuilds.Source> sources = models.tables().stream()
        .map(table -> new ProjectionRebuilds.Source(table.writer().apply(jdbc),
            table.sources().stream().map(Topic::name).toList()))
        .toList();
    return new ProjectionRebuilds(sources,
        kafka.buildConsumerProperties(), codec, jdbc, transaction, new SinkBatchLock(jdbc), sinkParking,
        new RebuildSettings(maxEventsPerSecond, indexSortMemory), clock);
  }
}

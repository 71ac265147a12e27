package io.eventdesign.projection.rows;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.eventlog.EventLogWriter;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Read models against their events, from the row sources and event-written tables the read models declare. */
@Configuration(proxyBeanMethods = false)
class RowsConfiguration {

  @Bean
  RowChecks rowChecks(JdbcClient jdbc, RecordCodec codec, List<RowSource<?>> sources, List<EventWrittenTable> writtenTables) {
    return new RowChecks(new FeedQueries(jdbc, codec), sources, writtenTables);
  }

  /** The event log: one row per event, where it was read from. */
  @Bean
  EventWrittenTable eventLogRows() {
    return new EventWrittenTable(EventLogWriter.TABLE, List.of("event_id", "topic", "kafka_partition", "kafka_offset"));
  }
}

package io.eventdesign.projection.sink;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the PostgreSQL sink from the topics its tables are projected from. */
@Component
public class SinkListener {

  /**
   * The sink's consumer group ({@code eventdesign.projections.sink-group}, default
   * {@code projection-service-sink}): reset its offsets to rebuild the PostgreSQL tables.
   */
  public static final String GROUP = "${eventdesign.projections.sink-group:projection-service-sink}";

  /** The listener container's id. */
  public static final String ID = "projection-sink";

  private final ProjectionSink sink;

  SinkListener(ProjectionSink sink) {
    this.sink = sink;
  }

  /** Reads every table's source topics ({@code ReadModels#sinkTopics}). */
  @KafkaListener(id = ID, groupId = GROUP, topics = "#{@readModels.sinkTopics()}", containerFactory = "sinkContainerFactory")
  void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    sink.write(records);
  }
}

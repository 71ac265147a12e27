package io.eventdesign.projection.sink;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the PostgreSQL sink from every event topic and every state topic. */
@Component
public class SinkListener {

  /**
   * The sink's consumer group ({@code eventdesign.projections.sink-group}, default
   * {@code projection-service-sink}): reset its offsets to rebuild the PostgreSQL tables.
   */
  public static final String GROUP = "${eventdesign.projections.sink-group:projection-service-sink}";

  /** The topics the sink reads. */
  public static final List<String> TOPICS =
      List.of("users.events", "users.state", "requests.events", "requests.state", "payments.events");

  /** The listener container's id. */
  public static final String ID = "projection-sink";

  private final ProjectionSink sink;

  SinkListener(ProjectionSink sink) {
    this.sink = sink;
  }

  @KafkaListener(id = ID, groupId = GROUP, topics = {"users.events", "users.state", "requests.events", "requests.state", "payments.events"},
      // the same as TOPICS (an annotation needs constants)
      containerFactory = "sinkContainerFactory")
  void onBatch(List<ConsumerRecord<String, byte[]>> records) {
    sink.write(records);
  }
}

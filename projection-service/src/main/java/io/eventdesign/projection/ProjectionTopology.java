package io.eventdesign.projection;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.request.RequestStateTopology;
import io.eventdesign.projection.user.UserStateTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Every state topology of projection-service, in one Kafka Streams application. */
public final class ProjectionTopology {

  private ProjectionTopology() {}

  public static Topology build(RecordCodec codec) {
    StreamsBuilder builder = new StreamsBuilder();
    UserStateTopology.addTo(builder, codec);
    RequestStateTopology.addTo(builder, codec);
    return builder.build();
  }
}

package io.eventdesign.projection;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.request.RequestStateTopology;
import io.eventdesign.projection.streams.EventStreams;
import io.eventdesign.projection.user.UserStateTopology;
import org.apache.kafka.streams.kstream.KStream;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Every state topology of projection-service, in one Kafka Streams application. */
public final class ProjectionTopology {

  /** The event topics whose undecodable records the topologies park (see {@link EventStreams}). */
  public static final List<Topic> PARKING_TOPICS = List.of(Topics.USERS_EVENTS, Topics.REQUESTS_EVENTS, Topics.PAYMENTS_EVENTS);

  private ProjectionTopology() {}

  public static Topology build(RecordCodec codec) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, String> republishRequests = EventStreams.republishRequests(builder);
    UserStateTopology.addTo(builder, codec, republishRequests);
    RequestStateTopology.addTo(builder, codec, republishRequests);
    return builder.build();
  }
}

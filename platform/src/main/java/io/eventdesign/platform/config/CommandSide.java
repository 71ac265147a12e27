package io.eventdesign.platform.config;

import io.eventdesign.contract.topic.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.Topology;

/**
 * What a command-side service declares about itself. From one such bean the platform wires the rest
 * ({@link CommandSideAutoConfiguration}): the topics, the exactly-once Kafka Streams application, the
 * reply template and the command gateway, and a start-up wait until commands can be answered.
 *
 * @param serviceName the default Streams application id, and the prefix of the reply consumer group
 * @param eventsTopic where the service's aggregate publishes its events (checked at start-up, see
 *     {@link io.eventdesign.platform.streams.CommandReplayGuard})
 * @param topics the topics created at start-up (existing ones are left as they are)
 * @param repliesTopic where the command processor publishes outcomes and the gateway waits for them
 * @param topology builds the service's topology, given the idempotency retention
 */
public record CommandSide(String serviceName, Topic eventsTopic, List<Topic> topics, Topic repliesTopic,
    TopologyFactory topology) {

  /** Builds a command-side topology. */
  @FunctionalInterface
  public interface TopologyFactory {
    Topology build(Duration idempotencyRetention);
  }

  public CommandSide {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(eventsTopic, "eventsTopic");
    Objects.requireNonNull(repliesTopic, "repliesTopic");
    Objects.requireNonNull(topology, "topology");
    topics = List.copyOf(topics);
    for (Topic own : List.of(eventsTopic, repliesTopic)) {
      if (!topics.contains(own)) {
        throw new IllegalArgumentException("the topic " + own.name() + " must be among the topics");
      }
    }
  }
}

package io.eventdesign.request.feed;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.processor.CommandTopology;
import java.time.Duration;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The feed aggregate, as part of request-service's command side (outcomes on its replies topic). */
@Configuration(proxyBeanMethods = false)
public class FeedConfiguration {

  @Bean
  CommandCodec<FeedCommand> feedCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, FeedAggregate.DEFINITION.commandTypes());
  }

  /** Adds the feed command processor to {@code topology}. */
  public static void addTo(Topology topology, CommandCodec<FeedCommand> codec, RecordCodec events, JsonMapper json,
      Duration idempotencyRetention) {
    CommandTopology.addAggregate(topology, FeedAggregate.DEFINITION, codec, events, json,
        Topics.REQUESTS_COMMAND_REPLIES, idempotencyRetention);
  }
}

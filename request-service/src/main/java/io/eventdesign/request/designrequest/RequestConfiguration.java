package io.eventdesign.request.designrequest;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.config.CommandSide;
import io.eventdesign.platform.processor.CommandTopology;
import io.eventdesign.request.feed.FeedCommand;
import io.eventdesign.request.feed.FeedConfiguration;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declares request-service's command side: design requests (command processor, payment saga reaction) and
 * the feeds of events posted from outside, one exactly-once Streams application; the platform wires the rest.
 */
@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

  static final String SERVICE = "request-service";

  @Bean
  CommandSide requestCommandSide(CommandCodec<RequestCommand> codec, CommandCodec<FeedCommand> feeds, JsonMapper json) {
    return new CommandSide(SERVICE, Topics.REQUESTS_EVENTS, List.of(Topics.REQUESTS_EVENTS, Topics.REQUESTS_COMMANDS,
        Topics.REQUESTS_COMMAND_REPLIES, Topics.PAYMENTS_EVENTS, Topics.WORKSPACES_STATE, Topics.FEEDS_EVENTS,
        Topics.FEEDS_COMMANDS),
        Topics.REQUESTS_COMMAND_REPLIES, retention -> {
          Topology topology = requestTopology(codec, json, retention);
          FeedConfiguration.addTo(topology, feeds, new SingleObjectCodec(), json, retention);
          return topology;
        });
  }

  @Bean
  CommandCodec<RequestCommand> requestCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, RequestAggregate.DEFINITION.commandTypes());
  }

  static Topology requestTopology(CommandCodec<RequestCommand> codec, JsonMapper json, Duration idempotencyRetention) {
    RecordCodec events = new SingleObjectCodec();
    Topology topology = new Topology();
    CommandTopology.addAggregate(topology, RequestAggregate.DEFINITION, codec, events, json,
        Topics.REQUESTS_COMMAND_REPLIES, idempotencyRetention);
    CommandTopology.addReaction(topology, "request-payment-saga", "service:" + SERVICE, Topics.PAYMENTS_EVENTS,
        new PaymentReaction(), events, codec, Topics.REQUESTS_COMMANDS);
    return topology;
  }
}

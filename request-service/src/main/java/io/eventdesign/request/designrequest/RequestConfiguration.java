package io.eventdesign.request.designrequest;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.processor.CommandTopology;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires design requests into the platform: topics, command processor, payment saga reaction, gateway. */
@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

  static final String SERVICE = "request-service";

  @Bean
  KafkaAdmin.NewTopics requestTopics(PlatformProperties properties) {
    return KafkaSetup.topics(properties, List.of(Topics.REQUESTS_EVENTS, Topics.REQUESTS_COMMANDS,
        Topics.REQUESTS_COMMAND_REPLIES, Topics.PAYMENTS_EVENTS));
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

  @Bean
  KafkaStreamsRunner requestStreams(KafkaProperties kafka, KafkaAdmin admin, KafkaAdmin.NewTopics requestTopics,
      CommandCodec<RequestCommand> codec, JsonMapper json, PlatformProperties properties) {
    return KafkaSetup.streams(kafka, admin, SERVICE, requestTopology(codec, json, properties.idempotencyRetention()));
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], byte[]> requestReplies(KafkaProperties kafka, PlatformProperties properties) {
    return KafkaSetup.replyingTemplate(kafka, Topics.REQUESTS_COMMAND_REPLIES, SERVICE, properties.commandTimeout());
  }

  @Bean
  CommandGateway requestCommandGateway(ReplyingKafkaTemplate<String, byte[], byte[]> requestReplies,
      PlatformProperties properties, MeterRegistry meters) {
    return KafkaSetup.gateway(requestReplies, properties, meters);
  }

  @Bean
  ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> requestReplies,
      KafkaStreamsRunner requestStreams) {
    return KafkaSetup.awaitCommandPath(requestReplies, requestStreams, Topics.REQUESTS_COMMAND_REPLIES);
  }
}

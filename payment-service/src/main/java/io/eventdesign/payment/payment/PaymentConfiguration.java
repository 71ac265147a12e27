package io.eventdesign.payment.payment;

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

/** Wires payments into the platform: topics, command processor, request saga reaction, gateway. */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

  static final String SERVICE = "payment-service";

  @Bean
  KafkaAdmin.NewTopics paymentTopics(PlatformProperties properties) {
    return KafkaSetup.topics(properties, List.of(Topics.PAYMENTS_EVENTS, Topics.PAYMENTS_COMMANDS,
        Topics.PAYMENTS_COMMAND_REPLIES, Topics.REQUESTS_EVENTS));
  }

  @Bean
  CommandCodec<PaymentCommand> paymentCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, PaymentAggregate.DEFINITION.commandTypes());
  }

  static Topology paymentTopology(CommandCodec<PaymentCommand> codec, JsonMapper json, Duration idempotencyRetention) {
    RecordCodec events = new SingleObjectCodec();
    Topology topology = new Topology();
    CommandTopology.addAggregate(topology, PaymentAggregate.DEFINITION, codec, events, json,
        Topics.PAYMENTS_COMMAND_REPLIES, idempotencyRetention);
    CommandTopology.addReaction(topology, "payment-request-saga", "service:" + SERVICE, Topics.REQUESTS_EVENTS,
        new RequestReaction(), events, codec, Topics.PAYMENTS_COMMANDS);
    return topology;
  }

  @Bean
  KafkaStreamsRunner paymentStreams(KafkaProperties kafka, KafkaAdmin admin, KafkaAdmin.NewTopics paymentTopics,
      CommandCodec<PaymentCommand> codec, JsonMapper json, PlatformProperties properties) {
    return KafkaSetup.streams(kafka, admin, SERVICE, paymentTopology(codec, json, properties.idempotencyRetention()));
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], byte[]> paymentReplies(KafkaProperties kafka, PlatformProperties properties) {
    return KafkaSetup.replyingTemplate(kafka, Topics.PAYMENTS_COMMAND_REPLIES, SERVICE, properties.commandTimeout());
  }

  @Bean
  CommandGateway paymentCommandGateway(ReplyingKafkaTemplate<String, byte[], byte[]> paymentReplies,
      PlatformProperties properties, MeterRegistry meters) {
    return KafkaSetup.gateway(paymentReplies, properties, meters);
  }

  @Bean
  ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> paymentReplies,
      KafkaStreamsRunner paymentStreams) {
    return KafkaSetup.awaitCommandPath(paymentReplies, paymentStreams, Topics.PAYMENTS_COMMAND_REPLIES);
  }
}

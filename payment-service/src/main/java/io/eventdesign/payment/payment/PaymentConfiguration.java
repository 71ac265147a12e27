package io.eventdesign.payment.payment;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.config.CommandSide;
import io.eventdesign.platform.processor.CommandTopology;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Declares the payment command side (topics, command processor, request saga reaction); the platform wires the rest. */
@Configuration(proxyBeanMethods = false)
class PaymentConfiguration {

  static final String SERVICE = "payment-service";

  @Bean
  CommandSide paymentCommandSide(CommandCodec<PaymentCommand> codec, JsonMapper json) {
    return new CommandSide(SERVICE, Topics.PAYMENTS_EVENTS, List.of(Topics.PAYMENTS_EVENTS, Topics.PAYMENTS_COMMANDS,
        Topics.PAYMENTS_COMMAND_REPLIES, Topics.REQUESTS_EVENTS),
        Topics.PAYMENTS_COMMAND_REPLIES, retention -> paymentTopology(codec, json, retention));
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
}

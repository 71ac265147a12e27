package io.eventdesign.user;

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

/** Declares the user command side (topics, e-mail claim guard, command processor); the platform wires the rest. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  @Bean
  CommandSide userCommandSide(CommandCodec<UserCommand> codec, JsonMapper json) {
    return new CommandSide("user-service", Topics.USERS_EVENTS, List.of(Topics.USERS_EVENTS, Topics.USERS_COMMANDS,
        Topics.USERS_REGISTRATIONS, Topics.USERS_COMMAND_REPLIES),
        Topics.USERS_COMMAND_REPLIES, retention -> userTopology(codec, json, retention));
  }

  @Bean
  CommandCodec<UserCommand> userCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, UserAggregate.DEFINITION.commandTypes());
  }

  static Topology userTopology(CommandCodec<UserCommand> codec, JsonMapper json, Duration idempotencyRetention) {
    Topology topology = new Topology();
    CommandTopology.addAggregate(topology, UserAggregate.DEFINITION, codec, new SingleObjectCodec(), json,
        Topics.USERS_COMMAND_REPLIES, idempotencyRetention);
    CommandTopology.addClaimGuard(topology, UserAggregate.EMAIL_CLAIM, UserAggregate.DEFINITION, codec,
        Topics.USERS_COMMAND_REPLIES);
    return topology;
  }
}

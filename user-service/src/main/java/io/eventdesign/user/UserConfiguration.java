package io.eventdesign.user;

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

/** Wires the user aggregate into the platform: topics, command topology, gateway and reads. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  @Bean
  KafkaAdmin.NewTopics userTopics(PlatformProperties properties) {
    return KafkaSetup.topics(properties, List.of(
        Topics.USERS_EVENTS, Topics.USERS_COMMANDS, Topics.USERS_REGISTRATIONS, Topics.USERS_COMMAND_REPLIES));
  }

  @Bean
  CommandCodec<UserCommand> userCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, UserAggregate.DEFINITION.commandTypes());
  }

  static Topology userTopology(CommandCodec<UserCommand> codec, JsonMapper json, Duration idempotencyRetention) {
    Topology topology = new Topology();
    CommandTopology.addClaimGuard(topology, UserAggregate.EMAIL_CLAIM, UserAggregate.DEFINITION, codec,
        Topics.USERS_COMMAND_REPLIES);
    CommandTopology.addAggregate(topology, UserAggregate.DEFINITION, codec, new SingleObjectCodec(), json,
        Topics.USERS_COMMAND_REPLIES, idempotencyRetention);
    return topology;
  }

  @Bean
  KafkaStreamsRunner userStreams(KafkaProperties kafka, KafkaAdmin admin, KafkaAdmin.NewTopics userTopics,
      CommandCodec<UserCommand> codec, JsonMapper json, PlatformProperties properties) {
    return KafkaSetup.streams(kafka, admin, "user-service", userTopology(codec, json, properties.idempotencyRetention()));
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], byte[]> userReplies(KafkaProperties kafka, PlatformProperties properties) {
    return KafkaSetup.replyingTemplate(kafka, Topics.USERS_COMMAND_REPLIES, "user-service", properties.commandTimeout());
  }

  @Bean
  CommandGateway userCommandGateway(ReplyingKafkaTemplate<String, byte[], byte[]> userReplies,
      PlatformProperties properties, MeterRegistry meters) {
    return KafkaSetup.gateway(userReplies, properties, meters);
  }

  @Bean
  ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> userReplies, KafkaStreamsRunner userStreams) {
    return KafkaSetup.awaitCommandPath(userReplies, userStreams, Topics.USERS_COMMAND_REPLIES);
  }
}

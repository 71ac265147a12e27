package io.eventdesign.platform.config;

import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.streams.CommandReplayGuard;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;

/**
 * The write side of a service that declares a {@link CommandSide}: its topics, its Streams
 * application (started after the topics exist, and refused if it would re-run commands it already ran:
 * {@link CommandReplayGuard}), the request/reply template, the command gateway,
 * and a runner that holds the start-up until replies are assigned and Streams is running. Runs
 * before {@link PlatformAutoConfiguration}, whose health, metrics and reads need the Streams runner.
 */
@AutoConfiguration(before = PlatformAutoConfiguration.class)
@ConditionalOnBean(CommandSide.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class CommandSideAutoConfiguration {

  @Bean
  KafkaAdmin.NewTopics commandSideTopics(CommandSide side, PlatformProperties properties) {
    return KafkaSetup.topics(properties, side.topics());
  }

  @Bean
  KafkaStreamsRunner commandSideStreams(KafkaProperties kafka, KafkaAdmin admin, KafkaAdmin.NewTopics commandSideTopics,
      CommandSide side, PlatformProperties properties) {
    KafkaStreamsRunner streams =
        KafkaSetup.streams(kafka, admin, side.serviceName(), side.topology().build(properties.idempotencyRetention()));
    try (Admin client = Admin.create(admin.getConfigurationProperties())) {
      CommandReplayGuard.check(client, streams.applicationId(), side.eventsTopic(), streams.sourceTopics(),
          properties.rerunRetainedCommands());
    }
    return streams;
  }

  @Bean
  ReplyingKafkaTemplate<String, byte[], byte[]> commandReplies(KafkaProperties kafka, CommandSide side,
      PlatformProperties properties) {
    return KafkaSetup.replyingTemplate(kafka, side.repliesTopic(), side.serviceName(), properties.commandTimeout());
  }

  @Bean
  CommandGateway commandGateway(ReplyingKafkaTemplate<String, byte[], byte[]> commandReplies,
      PlatformProperties properties, MeterRegistry meters, KafkaStreamsRunner commandSideStreams) {
    return KafkaSetup.gateway(commandReplies, properties, meters, commandSideStreams);
  }

  @Bean
  ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> commandReplies,
      KafkaStreamsRunner commandSideStreams, CommandSide side) {
    return KafkaSetup.awaitCommandPath(commandReplies, commandSideStreams, side.repliesTopic());
  }
}

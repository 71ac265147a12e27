package io.eventdesign.user;

import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.config.PlatformProperties;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.RemoteReads;
import io.eventdesign.platform.kafka.KafkaSetup;
import io.eventdesign.platform.processor.AggregateReader;
import io.eventdesign.platform.processor.CommandTopology;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import io.eventdesign.platform.streams.StreamsSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;
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
  KafkaStreamsRunner userStreams(KafkaProperties kafka, CommandCodec<UserCommand> codec, JsonMapper json,
      PlatformProperties properties, KafkaAdmin admin, KafkaAdmin.NewTopics userTopics) {
    admin.initialize();
    Map<String, Object> settings = StreamsSettings.from(kafka);
    settings.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "user-service");
    return new KafkaStreamsRunner(userTopology(codec, json, properties.idempotencyRetention()), settings);
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
  AggregateReader aggregateReader(KafkaStreamsRunner userStreams, JsonMapper json) {
    return new AggregateReader(userStreams, json);
  }

  @Bean
  RemoteReads remoteReads(KafkaProperties kafka) {
    Object server = kafka.getStreams().getProperties().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
    return new RemoteReads(server == null ? null : HostInfo.buildFromEndpoint(server.toString()));
  }

  /** Ready only once replies can be received and the processor runs, so the first command is not lost. */
  @Bean
  ApplicationRunner awaitCommandPath(ReplyingKafkaTemplate<String, byte[], byte[]> userReplies, KafkaStreamsRunner userStreams) {
    return args -> {
      if (!userReplies.waitForAssignment(Duration.ofSeconds(60))) {
        throw new IllegalStateException("reply topic " + Topics.USERS_COMMAND_REPLIES.name() + " was not assigned in time");
      }
      if (!userStreams.awaitRunning(Duration.ofSeconds(60))) {
        throw new IllegalStateException("Kafka Streams did not reach RUNNING in time");
      }
    };
  }
}

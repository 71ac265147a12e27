package io.eventdesign.user;

import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.config.CommandSide;
import io.eventdesign.platform.processor.CommandTopology;
import io.eventdesign.user.tenant.TenantCommand;
import io.eventdesign.user.tenant.TenantConfiguration;
import io.eventdesign.user.workspace.WorkspaceCommand;
import io.eventdesign.user.workspace.WorkspaceConfiguration;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declares user-service's command side: users (with the e-mail claim guard), tenants and workspaces, and
 * the registration saga between them (a sign-up creates the person's tenant with its first workspace),
 * one exactly-once Streams application; the platform wires the rest.
 */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  @Bean
  CommandSide userCommandSide(CommandCodec<UserCommand> codec, CommandCodec<TenantCommand> tenants,
      CommandCodec<WorkspaceCommand> workspaces, JsonMapper json) {
    return new CommandSide("user-service", Topics.USERS_EVENTS, List.of(Topics.USERS_EVENTS, Topics.USERS_COMMANDS,
        Topics.USERS_REGISTRATIONS, Topics.USERS_COMMAND_REPLIES, Topics.TENANTS_EVENTS, Topics.TENANTS_COMMANDS,
        Topics.WORKSPACES_EVENTS, Topics.WORKSPACES_COMMANDS),
        Topics.USERS_COMMAND_REPLIES, retention -> {
          Topology topology = userTopology(codec, json, retention);
          TenantConfiguration.addTo(topology, tenants, new SingleObjectCodec(), json, retention);
          WorkspaceConfiguration.addTo(topology, workspaces, new SingleObjectCodec(), json, retention);
          return topology;
        });
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

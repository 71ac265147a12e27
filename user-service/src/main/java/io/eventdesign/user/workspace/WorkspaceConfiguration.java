package io.eventdesign.user.workspace;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.http.CommandMetadataFactory;
import io.eventdesign.platform.processor.CommandTopology;
import java.time.Duration;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The workspace aggregate and its saga with the tenants, as part of user-service's command side. */
@Configuration(proxyBeanMethods = false)
public class WorkspaceConfiguration {

  @Bean
  CommandCodec<WorkspaceCommand> workspaceCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, WorkspaceAggregate.DEFINITION.commandTypes());
  }

  @Bean
  InvitationRedemption invitationRedemption(CommandGateway gateway, CommandCodec<WorkspaceCommand> codec,
      CommandMetadataFactory metadata, JsonMapper json) {
    return new InvitationRedemption(gateway, codec, metadata, json);
  }

  /** Adds the workspace command processor, and the reaction to tenant events that feeds it, to {@code topology}. */
  public static void addTo(Topology topology, CommandCodec<WorkspaceCommand> codec, RecordCodec events, JsonMapper json,
      Duration idempotencyRetention) {
    CommandTopology.addAggregate(topology, WorkspaceAggregate.DEFINITION, codec, events, json,
        Topics.USERS_COMMAND_REPLIES, idempotencyRetention);
    CommandTopology.addReaction(topology, "workspace-tenant-saga", "service:user-service", Topics.TENANTS_EVENTS,
        new TenantReaction(), events, codec, Topics.WORKSPACES_COMMANDS);
    CommandTopology.addReaction(topology, "workspace-registration-saga", "service:user-service", Topics.USERS_EVENTS,
        new RegistrationReaction(), events, codec, Topics.WORKSPACES_COMMANDS);
  }
}

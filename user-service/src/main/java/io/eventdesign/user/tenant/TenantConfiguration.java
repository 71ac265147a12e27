package io.eventdesign.user.tenant;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.processor.CommandTopology;
import java.time.Duration;
import org.apache.kafka.streams.Topology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The tenant aggregate and the registration saga that creates a tenant per sign-up, as part of user-service's command side. */
@Configuration(proxyBeanMethods = false)
public class TenantConfiguration {

  @Bean
  CommandCodec<TenantCommand> tenantCommandCodec(JsonMapper json) {
    return new CommandCodec<>(json, TenantAggregate.DEFINITION.commandTypes());
  }

  /** Adds the tenant command processor, and the registration saga that feeds it, to {@code topology}. */
  public static void addTo(Topology topology, CommandCodec<TenantCommand> codec, RecordCodec events, JsonMapper json,
      Duration idempotencyRetention) {
    CommandTopology.addAggregate(topology, TenantAggregate.DEFINITION, codec, events, json,
        Topics.USERS_COMMAND_REPLIES, idempotencyRetention);
    CommandTopology.addReaction(topology, "tenant-registration-saga", "service:user-service", Topics.USERS_EVENTS,
        new RegistrationReaction(), events, codec, Topics.TENANTS_COMMANDS);
  }
}

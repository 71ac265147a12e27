package io.eventdesign.platform.status;

import io.eventdesign.platform.config.CommandSide;
import io.eventdesign.platform.security.AccessRules;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/** {@code GET /api/v1/status} for every service (not the authorization server, which has no access table). */
@AutoConfiguration(afterName = "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration")
@ConditionalOnBean({AccessRules.class, HealthEndpoint.class})
@PropertySource("classpath:META-INF/eventdesign/version.properties")
public class StatusAutoConfiguration {

  @Bean
  StatusController statusController(@Value("${spring.application.name}") String service,
      @Value("${eventdesign.version:unknown}") String version, @Value("${eventdesign.security.issuer-uri:}") String issuer,
      ObjectProvider<Clock> clock, HealthEndpoint health, ObjectProvider<Feature> features,
      ObjectProvider<CommandSide> commandSides) {
    return new StatusController(service, version, clock.getIfAvailable(Clock::systemUTC).instant(), health, features,
        commandSides, new IssuerCheck(issuer));
  }
}

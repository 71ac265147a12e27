package io.eventdesign.projection.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The operator audit: every admin action's who, what, why and outcome, in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

  @Bean
  OperatorAudit operatorAudit(JdbcClient jdbc, JsonMapper json, Clock clock) {
    return new OperatorAudit(jdbc, json, clock);
  }
}

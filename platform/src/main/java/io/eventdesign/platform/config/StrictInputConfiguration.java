package io.eventdesign.platform.config;

import io.eventdesign.platform.http.ProblemHandler;
import io.eventdesign.platform.input.RequestTextAdvice;
import io.eventdesign.platform.input.StrictJson;
import io.eventdesign.platform.input.StrictParameters;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every Spring MVC application of this project reads input and answers errors: strict JSON and
 * parameters, the text policy over request bodies, problems for every refusal. Part of the platform's
 * edge, and imported on its own by the authorization server, which has the rest of its own.
 */
@Configuration(proxyBeanMethods = false)
public class StrictInputConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return new StrictJson();
  }

  @Bean
  StrictParameters strictParameters() {
    return new StrictParameters();
  }

  @Bean
  RequestTextAdvice requestTextAdvice() {
    return new RequestTextAdvice();
  }

  @Bean
  ProblemHandler problemHandler() {
    return new ProblemHandler();
  }
}

package io.eventdesign.platform.config;

import io.eventdesign.platform.http.ProblemErrorController;
import io.eventdesign.platform.http.ProblemHandler;
import io.eventdesign.platform.http.ProblemReportValveCustomizer;
import io.eventdesign.platform.input.RequestTextAdvice;
import io.eventdesign.platform.input.StrictJson;
import io.eventdesign.platform.input.StrictParameters;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every Spring MVC application of this project reads input and answers errors: strict JSON and
 * parameters, the text policy over request bodies, and problems for every refusal, its own and the
 * servlet container's. Part of the platform's edge, and imported on its own by the authorization server,
 * whose security and filters are its own.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

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

  /** Replaces Boot's error page (the application's own configuration wins over Boot's). */
  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

  /** Tomcat's own error responses (before any servlet runs) as problems, in place of its HTML report. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
    return new ProblemReportValveCustomizer();
  }
}

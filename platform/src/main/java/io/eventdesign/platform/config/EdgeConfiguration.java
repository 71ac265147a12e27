package io.eventdesign.platform.config;

import io.eventdesign.platform.http.CorsPolicy;
import io.eventdesign.platform.http.ProblemErrorController;
import io.eventdesign.platform.http.ProblemHandler;
import io.eventdesign.platform.http.ProblemReportValveCustomizer;
import io.eventdesign.platform.http.PagePolicy;
import io.eventdesign.platform.http.SecurityHeadersFilter;
import io.eventdesign.platform.input.RequestTextAdvice;
import io.eventdesign.platform.input.StrictJson;
import io.eventdesign.platform.input.StrictParameters;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every Spring MVC application of this project reads input and answers errors: strict JSON and
 * parameters, the text policy over request bodies, problems for every refusal, its own and the servlet
 * container's, security headers on every response and cross-origin calls refused. Part of the platform's
 * edge, and imported on its own by the authorization server, whose security and other filters are its own.
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

  /**
   * nosniff, no-store and a content security policy on every response, first of all filters.
   * {@code eventdesign.content-security-policy} lets a server with pages of its own (the authorization
   * server's login form) name what they need, and {@link PagePolicy} beans the policy of pages under a
   * path; by default nothing of a response may run or render.
   */
  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(
      @Value("${eventdesign.content-security-policy:" + SecurityHeadersFilter.NO_BROWSER_CONTENT + "}") String policy,
      ObjectProvider<PagePolicy> pages) {
    Map<String, String> pagePolicies = new HashMap<>(Map.of("/swagger-ui/", SecurityHeadersFilter.SWAGGER_UI_PAGES));
    pages.orderedStream().forEach(page -> pagePolicies.put(page.pathPrefix(), page.contentSecurityPolicy()));
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
        new SecurityHeadersFilter(policy, pagePolicies));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Browsers on other origins only from {@code eventdesign.cors-allowed-origins} (the platform's; none without it). */
  @Bean
  CorsPolicy corsPolicy(ObjectProvider<PlatformProperties> properties) {
    PlatformProperties platform = properties.getIfAvailable();
    return new CorsPolicy(platform == null ? List.of() : platform.corsAllowedOrigins());
  }

  @Bean
  static BeanPostProcessor corsRefusalsAsProblems() {
    return CorsPolicy.problemRefusals();
  }

  /** Tomcat's own error responses (before any servlet runs) as problems, in place of its HTML report. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
    return new ProblemReportValveCustomizer();
  }
}

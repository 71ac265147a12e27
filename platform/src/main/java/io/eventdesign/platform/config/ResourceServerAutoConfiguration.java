package io.eventdesign.platform.config;

import io.eventdesign.platform.security.Access;
import io.eventdesign.platform.security.AccessRules;
import io.eventdesign.platform.security.SecurityProperties;
import io.eventdesign.platform.security.TokenDecoders;
import io.eventdesign.platform.security.TokenProblems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth 2.1 resource server: stateless, bearer JWTs only (see {@link TokenDecoders}),
 * the service's {@link AccessRules} in front of every endpoint and everything else refused. Anonymous:
 * {@code /actuator/health}; the other actuator endpoints need {@value Access#METRICS_SCOPE} or ADMIN.
 * Ordered before Boot's own resource-server and authorization-server configurations, which then stay out.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnBean(AccessRules.class)
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

  @Bean
  JwtDecoder jwtDecoder(SecurityProperties properties) {
    return TokenDecoders.forIssuer(properties.issuerUri(), properties.audience(), properties.jwkSetUri());
  }

  @Bean
  SecurityFilterChain resourceServer(HttpSecurity http, AccessRules rules) throws Exception {
    TokenProblems problems = new TokenProblems();
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setJwtGrantedAuthoritiesConverter(Access::authorities);
    http
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())            // no cookies: a bearer token cannot be sent by another site
        .requestCache(cache -> cache.disable())
        .anonymous(anonymous -> { })
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
            .authenticationEntryPoint(problems)
            .accessDeniedHandler(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(requests -> {
          requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll();
          // the API's description (OpenAPI, Swagger UI), not its data
          requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
              .permitAll();
          requests.requestMatchers("/actuator/**")
              .hasAnyAuthority(Access.ADMINISTRATOR, Access.METRICS_READER);
          requests.requestMatchers(HttpMethod.GET, "/api/v1/status")
              .hasAnyAuthority(Access.STAFF_MEMBER, Access.ADMINISTRATOR, Access.READER, Access.METRICS_READER);
          rules.apply(requests);
          requests.anyRequest().denyAll();
        });
    return http.build();
  }
}

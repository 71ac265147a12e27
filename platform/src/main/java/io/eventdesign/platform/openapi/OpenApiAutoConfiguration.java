package io.eventdesign.platform.openapi;

import io.eventdesign.platform.status.Feature;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every service describes its REST API in OpenAPI 3.1 at {@code /v3/api-docs} (Swagger UI at
 * {@code /swagger-ui.html}), generated from its controllers: the bearer-token scheme its endpoints take,
 * and the problem responses (RFC 9457) the platform answers with ({@link ProblemResponses}). Both are
 * readable without a token: they describe the API, not its data. An operation anyone may call says so with
 * an empty {@code @SecurityRequirements}.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@PropertySource("classpath:META-INF/eventdesign/openapi.properties")
public class OpenApiAutoConfiguration {

  /** The name of the security scheme every operation names. */
  public static final String BEARER = "bearer";

  static {
    // a JSON tree in a body (a contract payload) is a JSON object whose schema is the contract's, not Jackson's class
    SpringDocUtils.getConfig().replaceWithClass(JsonNode.class, Object.class);
  }

  @Bean
  OpenAPI serviceApi(@Value("${spring.application.name}") String service,
      @Value("${eventdesign.security.issuer-uri:}") String issuer) {
    return new OpenAPI()
        .info(new Info()
            .title("eventdesign " + service)
            .version("v1")
            .description("The REST API of " + service + ". Every state change is an event on Kafka; errors are "
                + "RFC 9457 problems (application/problem+json) naming the offending field in `errors`.")
            .license(new License().name("Apache-2.0").identifier("Apache-2.0")))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the authorization server" + (issuer.isBlank() ? "" : " " + issuer)
                    + " (audience eventdesign-api), as `Authorization: Bearer <token>`.")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  @Bean
  Feature openApiFeature() {
    return new Feature("openapi", "describes its REST API in OpenAPI 3.1 at /v3/api-docs, Swagger UI at /swagger-ui.html");
  }

  @Bean
  OpenApiCustomizer problemResponses() {
    return new ProblemResponses();
  }
}

package io.eventdesign.platform.http;

import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Cross-origin access only from the configured origins ({@code eventdesign.cors-allowed-origins}, none by
 * default, so browsers on other origins are refused), on every path. A refused cross-origin request gets
 * a 403 problem, not Spring's plain-text "Invalid CORS request".
 */
public final class CorsPolicy implements WebMvcConfigurer {

  private final List<String> allowedOrigins;

  public CorsPolicy(List<String> allowedOrigins) {
    this.allowedOrigins = List.copyOf(allowedOrigins);
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    registry.addMapping("/**")
        .allowedOrigins(allowedOrigins.toArray(String[]::new))
        .allowedMethods("GET", "POST", "PUT", "DELETE")
        .allowedHeaders("Content-Type", "Authorization", "If-Match", "Idempotency-Key", "X-Correlation-Id")
        .exposedHeaders("ETag", "Location", "Retry-After")
        .maxAge(600);
  }

  /** Gives every handler mapping the processor that refuses with a problem. */
  public static BeanPostProcessor problemRefusals() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof AbstractHandlerMapping mapping) {
          mapping.setCorsProcessor(new ProblemCorsProcessor());
        }
        return bean;
      }
    };
  }

  private static final class ProblemCorsProcessor extends DefaultCorsProcessor {
    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      response.getBody().write(ProblemResponses.json(Problems.withErrors(
          Problems.of(HttpStatus.FORBIDDEN, "cross-origin-refused", "Cross-origin request refused",
              "this origin may not call the API from a browser (eventdesign.cors-allowed-origins)"),
          List.of(new FieldError("Origin", "not an allowed origin")))));
      response.flush();
    }
  }
}

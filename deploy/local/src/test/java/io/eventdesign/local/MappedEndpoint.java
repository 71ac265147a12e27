package io.eventdesign.local;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One method and path a running server maps to a controller method, as Spring MVC holds them (what the
 * server really answers, for tests that must cover every endpoint).
 *
 * @param pattern the path pattern with its variables named, such as {@code /api/v1/requests/{id}}
 */
public record MappedEndpoint(String method, String pattern, HandlerMethod handler) {

  /** Every mapped method and path of {@code server}. */
  public static List<MappedEndpoint> of(ConfigurableApplicationContext server) {
    List<MappedEndpoint> endpoints = new ArrayList<>();
    server.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(pattern ->
            info.getMethodsCondition().getMethods().forEach(method ->
                endpoints.add(new MappedEndpoint(method.name(), pattern, handler))))));
    return endpoints;
  }

  /** {@code METHOD /path/{}}: variables unnamed, so two spellings of one path compare equal. */
  public String shape() {
    return method + " " + pattern.replaceAll("\\{[^}]+}", "{}");
  }

  @Override
  public String toString() {
    return method + " " + pattern;
  }
}

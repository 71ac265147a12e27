package io.eventdesign.projection.console;

import io.eventdesign.platform.http.PagePolicy;
import io.eventdesign.platform.security.SecurityProperties;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff console: a browser application of plain files under {@code /console/} (no build step), which
 * logs in at the issuer with the authorization code flow and PKCE and reads everything through the API
 * with the token it gets, so the API's access rules are the console's.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

  /** Its own scripts and styles only; it talks to this service and to the issuer (the token exchange); never framed. */
  @Bean
  PagePolicy consolePages(SecurityProperties security) {
    return new PagePolicy(ConsoleController.PATH, "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; connect-src 'self' " + origin(security.issuerUri()) + "; base-uri 'none'; "
        + "form-action 'none'; frame-ancestors 'none'");
  }

  /** One service whose status the overview shows: its name and base URL. */
  record ServiceAddress(String name, URI url) {}

  /** The other services whose status the overview shows ({@code eventdesign.console.services[i].name} and {@code .url}). */
  @Bean
  ServiceStatuses serviceStatuses(Environment environment, JsonMapper json) {
    List<ServiceAddress> services = Binder.get(environment)
        .bind("eventdesign.console.services", Bindable.listOf(ServiceAddress.class)).orElse(List.of());
    return new ServiceStatuses(services.stream().collect(Collectors.toMap(ServiceAddress::name, ServiceAddress::url)), json);
  }

  static String origin(String uri) {
    URI parsed = URI.create(uri);
    return parsed.getScheme() + "://" + parsed.getAuthority();
  }
}

package io.eventdesign.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's rows of the access table: which authorities may call which of its endpoints. Every
 * request no rule matches is refused (deny by default), so a new endpoint is closed until its row is
 * written here and in docs/security.md.
 */
@FunctionalInterface
public interface AccessRules {

  void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}

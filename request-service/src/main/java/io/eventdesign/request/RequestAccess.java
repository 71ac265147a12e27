package io.eventdesign.request;

import static io.eventdesign.platform.security.Access.ANY_PERSON;
import static io.eventdesign.platform.security.Access.EVENT_WRITER;
import static io.eventdesign.platform.security.Access.READER;
import static io.eventdesign.platform.security.Access.STAFF_MEMBER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.eventdesign.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * request-service's rows of the access table (docs/security.md). A customer acts only on requests
 * they own (the command processor answers 404 for another's); staff act on all, cancelling as STAFF;
 * service clients with {@code events.write} post events from outside.
 */
@Configuration(proxyBeanMethods = false)
class RequestAccess {

  @Bean
  AccessRules requestAccessRules() {
    return rules -> rules
        .requestMatchers(GET, "/api/v1/products", "/api/v1/products/*").permitAll()
        .requestMatchers(POST, "/api/v1/requests/*/design/start", "/api/v1/requests/*/design/complete")
            .hasAuthority(STAFF_MEMBER)
        .requestMatchers(POST, "/api/v1/requests", "/api/v1/requests/*/submit", "/api/v1/requests/*/cancel")
            .hasAuthority(ANY_PERSON)
        .requestMatchers(PUT, "/api/v1/requests/*/answers/*").hasAuthority(ANY_PERSON)
        .requestMatchers(GET, "/api/v1/requests/*").hasAnyAuthority(ANY_PERSON, READER)
        // events from outside: integrations' and agents' service clients
        .requestMatchers(POST, "/api/v1/events").hasAuthority(EVENT_WRITER);
  }
}

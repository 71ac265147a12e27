package io.eventdesign.projection;

import static io.eventdesign.platform.security.Access.ADMINISTRATOR;
import static io.eventdesign.platform.security.Access.ANY_PERSON;
import static io.eventdesign.platform.security.Access.READER;
import static io.eventdesign.platform.security.Access.STAFF_MEMBER;
import static org.springframework.http.HttpMethod.GET;

import io.eventdesign.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * projection-service's rows of the access table (docs/security.md). Customers read their own user
 * row, requests, payments and events, and the tenants and workspaces they belong to (lists and searches
 * hold only theirs, another's is a 404); the
 * user list and the log's statistics are for staff and read-only service clients; rebuilds, replays
 * and dead letters are the admin's.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionAccess {

  @Bean
  AccessRules projectionAccessRules() {
    return rules -> rules
        .requestMatchers("/api/v1/admin/**").hasAuthority(ADMINISTRATOR)
        .requestMatchers(GET, "/api/v1/users", "/api/v1/events/stats", "/api/v1/events/live", "/api/v1/events/unprocessed",
            "/api/v1/events/processing", "/api/v1/events/*/processing", "/api/v1/events/*/rows",
            "/api/v1/events/aggregates/*/*/rows",
            "/api/v1/status/services").hasAnyAuthority(STAFF_MEMBER, READER)
        // the staff console's files (its data comes through the API, under these rules)
        .requestMatchers(GET, "/console", "/console/", "/console/**").permitAll()
        .requestMatchers(GET, "/api/v1/users/*", "/api/v1/requests", "/api/v1/requests/**", "/api/v1/payments/*",
            "/api/v1/events", "/api/v1/events/**", "/api/v1/tenants", "/api/v1/tenants/*", "/api/v1/workspaces",
            "/api/v1/workspaces/**").hasAnyAuthority(ANY_PERSON, READER);
  }
}

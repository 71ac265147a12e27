package io.eventdesign.user;

import static io.eventdesign.platform.security.Access.ADMINISTRATOR;
import static io.eventdesign.platform.security.Access.ANY_PERSON;
import static io.eventdesign.platform.security.Access.READER;
import static io.eventdesign.platform.security.Access.USER_MANAGER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.eventdesign.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * user-service's rows of the access table (docs/security.md). People sign up at the authorization
 * server, which registers them here with its own client ({@code users.manage}); a customer reads and
 * edits only their own account (404 for another's); roles and activation are the admin's. A person
 * creates tenants they administer; tenant admins and workspace members act on theirs (the deciders check
 * each role; another's is a 404); deactivating a tenant is the platform admin's.
 */
@Configuration(proxyBeanMethods = false)
class UserAccess {

  @Bean
  AccessRules userAccessRules() {
    return rules -> rules
        .requestMatchers(POST, "/api/v1/users").hasAuthority(USER_MANAGER)
        .requestMatchers(POST, "/api/v1/users/*/activate", "/api/v1/users/*/deactivate", "/api/v1/users/*/roles")
            .hasAnyAuthority(ADMINISTRATOR, USER_MANAGER)
        .requestMatchers(DELETE, "/api/v1/users/*/roles/*").hasAnyAuthority(ADMINISTRATOR, USER_MANAGER)
        .requestMatchers(PUT, "/api/v1/users/*/profile").hasAuthority(ANY_PERSON)
        .requestMatchers(GET, "/api/v1/users/*").hasAnyAuthority(ANY_PERSON, READER, USER_MANAGER)
        .requestMatchers(POST, "/api/v1/tenants/*/deactivate").hasAuthority(ADMINISTRATOR)
        .requestMatchers(POST, "/api/v1/tenants").hasAuthority(ANY_PERSON)
        .requestMatchers(GET, "/api/v1/tenants/*", "/api/v1/workspaces/*").hasAnyAuthority(ANY_PERSON, READER)
        .requestMatchers("/api/v1/tenants/**", "/api/v1/workspaces/**").hasAnyAuthority(ANY_PERSON, ADMINISTRATOR);
  }
}

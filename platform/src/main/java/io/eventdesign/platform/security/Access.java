package io.eventdesign.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authorities of the access table (docs/security.md) as Spring Security sees them. A person has
 * {@code ROLE_CUSTOMER} and one authority per role of the token, with the staff roles also granting
 * {@code ROLE_STAFF}; a service client has {@code SCOPE_<scope>} per scope. The endpoints' rules
 * ({@link AccessRules}) name these; ownership ("their own") is decided by the controllers with
 * {@link Caller}.
 */
public final class Access {

  /** Every person is a customer; the other role names are the token's ({@link Caller}). */
  public static final String CUSTOMER = "CUSTOMER";

  /** Read-only access to everything staff can read, for other teams' service clients. */
  public static final String READ_SCOPE = "api.read";
  /** Registering users and granting roles: the authorization server's own client only. */
  public static final String MANAGE_USERS_SCOPE = "users.manage";
  /** Scraping metrics and other actuator endpoints beyond health. */
  public static final String METRICS_SCOPE = "metrics.read";
  /** Posting events from outside (integrations, automated agents): POST /api/v1/events. */
  public static final String EVENTS_WRITE_SCOPE = "events.write";

  /** Authorities as the endpoints' rules name them. */
  public static final String ANY_PERSON = "ROLE_" + CUSTOMER;
  public static final String STAFF_MEMBER = "ROLE_" + Caller.STAFF;
  public static final String ADMINISTRATOR = "ROLE_" + Caller.ADMIN;
  public static final String READER = "SCOPE_" + READ_SCOPE;
  public static final String USER_MANAGER = "SCOPE_" + MANAGE_USERS_SCOPE;
  public static final String METRICS_READER = "SCOPE_" + METRICS_SCOPE;
  public static final String EVENT_WRITER = "SCOPE_" + EVENTS_WRITE_SCOPE;

  private Access() {}

  public static Collection<GrantedAuthority> authorities(Jwt token) {
    Caller caller = Caller.of(token);
    List<GrantedAuthority> authorities = new ArrayList<>();
    if (caller.kind() == Caller.Kind.USER) {
      authorities.add(new SimpleGrantedAuthority(ANY_PERSON));
      caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
      if (caller.isStaff()) {
        authorities.add(new SimpleGrantedAuthority(STAFF_MEMBER));
      }
    }
    caller.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
    return authorities;
  }
}

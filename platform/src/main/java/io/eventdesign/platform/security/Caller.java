package io.eventdesign.platform.security;

import io.eventdesign.platform.http.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, from the request's validated access token: a person (subject = user id, with the
 * roles of the token) or a service client (with its scopes). The actor recorded in every event this
 * call causes is {@link #actor()}; no request header can change it.
 */
public record Caller(Kind kind, String id, Set<String> roles, Set<String> scopes) {

  public enum Kind { USER, SERVICE }

  /** The claim of a person's token that lists the roles the person holds in user-service. */
  public static final String ROLES_CLAIM = "roles";

  public static final String ADMIN = "ADMIN";
  public static final String STAFF = "STAFF";
  public static final String DESIGNER = "DESIGNER";

  public Caller {
    roles = Set.copyOf(roles);
    scopes = Set.copyOf(scopes);
  }

  /** The caller of an authenticated request; a request that reached a controller without a token is a 401. */
  public static Caller of(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof JwtAuthenticationToken token) {
      return of(token.getToken());
    }
    throw new InvalidRequestException(HttpStatus.UNAUTHORIZED, "Authorization", "an access token is required");
  }

  /**
   * The caller a validated token names. A token with a {@value #ROLES_CLAIM} claim is a person's (its
   * subject is the user id); one without is a service client's, named by {@code client_id} (or
   * {@code azp}, or the subject), with the scopes of {@code scope}.
   */
  public static Caller of(Jwt token) {
    Set<String> scopes = new LinkedHashSet<>();
    Object scope = token.getClaim("scope");
    if (scope instanceof String text && !text.isBlank()) {
      scopes.addAll(List.of(text.trim().split("\\s+")));   // RFC 9068: space-separated
    } else if (scope instanceof java.util.Collection<?> list) {
      list.forEach(item -> scopes.add(String.valueOf(item)));
    }
    List<String> roles = token.getClaimAsStringList(ROLES_CLAIM);
    if (roles != null) {
      return new Caller(Kind.USER, token.getSubject(), new LinkedHashSet<>(roles), scopes);
    }
    String client = firstOf(token.getClaimAsString("client_id"), token.getClaimAsString("azp"), token.getSubject());
    return new Caller(Kind.SERVICE, client, Set.of(), scopes);
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("the token names no subject");
  }

  /** {@code user:<id>} or {@code service:<client>}, as recorded in the event envelope. */
  public String actor() {
    return (kind == Kind.USER ? "user:" : "service:") + id;
  }

  /** The person's user id, or null for a service client. */
  public String userId() {
    return kind == Kind.USER ? id : null;
  }

  public boolean isAdmin() {
    return roles.contains(ADMIN);
  }

  /** Staff read everything and run the design work: STAFF, DESIGNER and ADMIN. */
  public boolean isStaff() {
    return roles.contains(STAFF) || roles.contains(DESIGNER) || isAdmin();
  }

  /** Read-only access to everything, as staff have, for service clients with {@value Access#READ_SCOPE}. */
  public boolean readsEverything() {
    return isStaff() || kind == Kind.SERVICE && scopes.contains(Access.READ_SCOPE);
  }

  /**
   * Whose data alone this caller may read: null for one who reads everything; else the person's user id
   * (a service client without the read scope gets its actor, which is nobody's id, so it sees nothing).
   */
  public String readsOnlyFor() {
    return readsEverything() ? null : kind == Kind.USER ? id : actor();
  }

  /** True when this caller may see what belongs to {@code ownerId}: its owner, or one who reads everything. */
  public boolean mayRead(String ownerId) {
    return readsEverything() || kind == Kind.USER && id.equals(ownerId);
  }

  /** True when this caller may change what belongs to {@code ownerId} as a customer does: its owner, or staff. */
  public boolean mayActFor(String ownerId) {
    return isStaff() || kind == Kind.USER && id.equals(ownerId);
  }

  /**
   * The person whose role on an aggregate its decider checks (a member acting as such), or null for staff
   * and service clients, whom the access table guards instead.
   */
  public String actingMember() {
    return isStaff() ? null : userId();
  }
}

package io.eventdesign.auth.token;

import io.eventdesign.auth.account.UserDirectory;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.web.client.RestClientException;

/**
 * What an access token says beyond the standard claims: the API audience, the client, and for a
 * person the {@value #ROLES} they hold in user-service when the token is issued (a role granted or
 * revoked counts from the next token). A token of the client-credentials grant has no roles claim:
 * that is how resource servers tell a service client from a person.
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  public static final String ROLES = "roles";

  private final UserDirectory users;
  private final String audience;

  public TokenClaims(UserDirectory users, String audience) {
    this.users = users;
    this.audience = audience;
  }

  @Override
  public void customize(JwtEncodingContext context) {
    if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      return;
    }
    context.getClaims()
        .audience(List.of(audience))
        .claim("client_id", context.getRegisteredClient().getClientId());
    if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
      context.getClaims().claim(ROLES, List.copyOf(roles(context.getPrincipal().getName())));
    }
  }

  private Set<String> roles(String userId) {
    try {
      return users.roles(userId);
    } catch (RestClientException e) {
      throw new OAuth2AuthenticationException(new OAuth2Error("temporarily_unavailable",
          "the user directory did not answer; try again shortly", null), e);
    }
  }
}

package io.eventdesign.auth;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the authorization server ({@code eventdesign.auth.*}).
 *
 * @param issuer the issuer URL every token names
 * @param audience the audience of access tokens (the resource servers require it)
 * @param accessTokenTtl lifetime of access tokens; roles granted or revoked take effect with the next token
 * @param signingKeyFile JWK set file of the signing keys (created with one RSA key when missing)
 * @param userServiceUrl where user-service is, for registrations and the roles put into tokens
 * @param publicClientRedirectUris redirect URIs of the public client {@value AuthorizationServerConfiguration#PUBLIC_CLIENT}
 * @param consoleRedirectUris redirect URIs of the staff console's client {@value AuthorizationServerConfiguration#CONSOLE_CLIENT}
 *     (a loopback address such as {@code http://127.0.0.1:8084/console/} matches on any port)
 * @param consoleOrigins origins (patterns such as {@code http://127.0.0.1:[*]} allowed) from which the console's
 *     browser code may call the token endpoint
 * @param serviceClients confidential clients of other teams' integrations (client credentials, read-only scopes)
 * @param seededAccounts accounts created at start-up when missing (the local run's staff and admin)
 * @param loginAttemptsBeforeLockout failed logins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param requestsPerMinute sign-ups and login attempts accepted per client address and minute
 */
@ConfigurationProperties("eventdesign.auth")
public record AuthProperties(
    URI issuer,
    String audience,
    Duration accessTokenTtl,
    Path signingKeyFile,
    URI userServiceUrl,
    List<String> publicClientRedirectUris,
    List<String> consoleRedirectUris,
    List<String> consoleOrigins,
    List<ServiceClient> serviceClients,
    List<SeededAccount> seededAccounts,
    int loginAttemptsBeforeLockout,
    Duration lockout,
    int requestsPerMinute) {

  public AuthProperties {
    publicClientRedirectUris = publicClientRedirectUris == null ? List.of() : List.copyOf(publicClientRedirectUris);
    consoleRedirectUris = consoleRedirectUris == null ? List.of() : List.copyOf(consoleRedirectUris);
    consoleOrigins = consoleOrigins == null ? List.of() : List.copyOf(consoleOrigins);
    serviceClients = serviceClients == null ? List.of() : List.copyOf(serviceClients);
    seededAccounts = seededAccounts == null ? List.of() : List.copyOf(seededAccounts);
  }

  /**
   * A confidential client using the client-credentials grant.
   *
   * @param id the client id (the actor is {@code service:<id>})
   * @param secret the client secret, as stored: a hash with its encoder prefix such as {@code {bcrypt}...}
   * @param scopes the scopes it may ask for
   */
  public record ServiceClient(String id, String secret, Set<String> scopes) {}

  /**
   * An account that must exist: created through the normal sign-up at start-up, then given its roles.
   *
   * @param email login e-mail
   * @param password its password (from a secret; never logged)
   * @param roles roles granted in user-service, such as STAFF or ADMIN
   */
  public record SeededAccount(String email, String password, String firstName, String lastName, Set<String> roles) {}
}

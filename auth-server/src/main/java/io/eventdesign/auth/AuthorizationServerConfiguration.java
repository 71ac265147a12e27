package io.eventdesign.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.eventdesign.auth.account.AccountLogins;
import io.eventdesign.auth.account.Accounts;
import io.eventdesign.auth.account.NormalizedPasswords;
import io.eventdesign.auth.account.SeededAccounts;
import io.eventdesign.auth.account.UserDirectory;
import io.eventdesign.auth.key.SigningKeys;
import io.eventdesign.auth.signup.SignUpRateLimit;
import io.eventdesign.auth.signup.SignUps;
import io.eventdesign.auth.token.ServiceTokens;
import io.eventdesign.auth.token.TokenClaims;
import io.eventdesign.platform.config.EdgeConfiguration;
import io.eventdesign.platform.http.BodySizeLimitFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring Authorization Server with this system's accounts: form login by e-mail and password,
 * authorization code with PKCE for people (the public client {@value #PUBLIC_CLIENT}, used by
 * {@code ./login} and browsers), client credentials for other teams' services, OpenID Connect discovery
 * and JWKS. Access tokens are RS256 JWTs for the audience {@code eventdesign.auth.audience}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
@EnableScheduling
@Import(EdgeConfiguration.class)   // the platform's strict reading of bodies and its problems
public class AuthorizationServerConfiguration {

  /** The public client of people: authorization code with PKCE, no secret. */
  public static final String PUBLIC_CLIENT = "eventdesign-cli";

  /** The staff console's client: the same flow, redirecting to the console. */
  public static final String CONSOLE_CLIENT = "eventdesign-console";

  static final String LOGIN = "/login";

  @Bean
  SecurityFilterChain authorizationServer(HttpSecurity http, AuthProperties properties, Clock clock) throws Exception {
    http
        .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(LOGIN, "/signup", "/error", "/actuator/health", "/actuator/health/**").permitAll()
            // the sign-up's OpenAPI description
            .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
            .anyRequest().authenticated())
        .formLogin(Customizer.withDefaults())
        .addFilterAfter(consoleCors(properties), HeaderWriterFilter.class)
        // a person who asks for a code without a session logs in first (other endpoints answer 401)
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint(LOGIN), PathPatternRequestMatcher.pathPattern("/oauth2/authorize")))
        .csrf(csrf -> csrf.ignoringRequestMatchers("/signup"))
        .addFilterBefore(new SignUpRateLimit(Set.of(LOGIN, "/signup"), properties.requestsPerMinute(), clock),
            UsernamePasswordAuthenticationFilter.class);
    return http.build();
  }

  /** A sign-up is a few hundred bytes; anything much larger is refused before it is read (413). */
  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> signUpBodyLimit() {
    FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(16 * 1024));
    registration.addUrlPatterns("/signup");
    return registration;
  }

  @Bean
  RegisteredClientRepository registeredClients(AuthProperties properties) {
    TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
    List<RegisteredClient> clients = new ArrayList<>();
    clients.add(publicClient(PUBLIC_CLIENT, properties.publicClientRedirectUris(), tokens));
    clients.add(publicClient(CONSOLE_CLIENT, properties.consoleRedirectUris(), tokens));
    for (AuthProperties.ServiceClient client : properties.serviceClients()) {
      clients.add(RegisteredClient.withId(UUID.nameUUIDFromBytes(client.id().getBytes(StandardCharsets.UTF_8)).toString())
          .clientId(client.id())
          .clientSecret(client.secret())
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .scopes(scopes -> scopes.addAll(client.scopes()))
          .tokenSettings(tokens)
          .build());
    }
    return new InMemoryRegisteredClientRepository(clients);
  }

  /** A client without a secret: authorization code with PKCE (and refresh tokens), OpenID Connect logout back to it. */
  private static RegisteredClient publicClient(String id, List<String> redirectUris, TokenSettings tokens) {
    return RegisteredClient.withId(id)
        .clientId(id)
        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
        .redirectUris(uris -> uris.addAll(redirectUris))
        .postLogoutRedirectUris(uris -> uris.addAll(redirectUris))
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
        .tokenSettings(tokens)
        .build();
  }

  /**
   * The staff console runs in the browser on another origin: it may read the discovery document and
   * exchange its code at the token endpoint from the configured origins ({@code console-origins}) only.
   * Every other path keeps refusing cross-origin requests, preflights included, as before.
   */
  private static CorsFilter consoleCors(AuthProperties properties) {
    CorsConfiguration console = new CorsConfiguration();
    console.setAllowedOriginPatterns(properties.consoleOrigins());
    console.setAllowedMethods(List.of("GET", "POST"));
    console.setAllowedHeaders(List.of("Content-Type", "Authorization"));
    console.setMaxAge(600L);
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    for (String path : List.of("/.well-known/openid-configuration", "/oauth2/token", "/oauth2/revoke", "/oauth2/jwks")) {
      source.registerCorsConfiguration(path, console);
    }
    return new CorsFilter(source) {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return source.getCorsConfiguration(request) == null;   // Spring's filter would answer any preflight itself
      }
    };
  }

  /** Authorization codes, refresh tokens and sessions live in memory: a restart asks people to log in again. */
  @Bean
  OAuth2AuthorizationService authorizations() {
    return new InMemoryOAuth2AuthorizationService();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
    return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
  }

  @Bean
  JWKSet signingKeys(AuthProperties properties) {
    return SigningKeys.load(properties.signingKeyFile());
  }

  /** Every key of the file, published at the JWKS endpoint. */
  @Bean
  JWKSource<SecurityContext> jwkSource(JWKSet signingKeys) {
    return new ImmutableJWKSet<>(signingKeys);
  }

  /** For the OpenID Connect user-info endpoint, which takes this server's own access tokens. */
  @Bean
  JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
    return NimbusJwtDecoder.withJwkSource(jwkSource).build();
  }

  /** Tokens are signed with the first key of the file only. */
  @Bean
  JwtEncoder jwtEncoder(JWKSet signingKeys) {
    return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKeys.getKeys().getFirst())));
  }

  /**
   * Argon2id for every new hash (passwords and generated secrets); client secrets given as
   * {@code {bcrypt}...} or {@code {pbkdf2}...} hashes are checked too.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    DelegatingPasswordEncoder hashes = new DelegatingPasswordEncoder("argon2", Map.of(
        "argon2", argon2,
        "bcrypt", new BCryptPasswordEncoder(),
        "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    hashes.setDefaultPasswordEncoderForMatches(argon2);   // a hash without its {id} prefix is an Argon2 hash
    return new NormalizedPasswords(hashes);
  }

  @Bean
  Accounts accounts(JdbcClient jdbc) {
    return new Accounts(jdbc);
  }

  @Bean
  AccountLogins accountLogins(Accounts accounts, AuthProperties properties, Clock clock) {
    return new AccountLogins(accounts, properties.loginAttemptsBeforeLockout(), properties.lockout(), clock);
  }

  @Bean
  ServiceTokens serviceTokens(JwtEncoder jwtEncoder, AuthProperties properties, Clock clock) {
    return new ServiceTokens(jwtEncoder, properties.issuer().toString(), properties.audience(), clock);
  }

  @Bean
  UserDirectory userDirectory(AuthProperties properties, ServiceTokens tokens) {
    return new UserDirectory(properties.userServiceUrl(), tokens);
  }

  @Bean
  TokenClaims tokenClaims(UserDirectory users, AuthProperties properties) {
    return new TokenClaims(users, properties.audience());
  }

  @Bean
  SignUps signUps(Accounts accounts, UserDirectory users, PasswordEncoder passwordEncoder, Clock clock) {
    return new SignUps(accounts, users, passwordEncoder, clock);
  }

  @Bean
  SeededAccounts seededAccounts(AuthProperties properties, Accounts accounts, SignUps signUps, UserDirectory users) {
    return new SeededAccounts(properties.seededAccounts(), accounts, signUps, users);
  }
}

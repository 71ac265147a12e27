package io.eventdesign.user;

import io.eventdesign.auth.AuthServerApplication;
import io.eventdesign.infra.Ports;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.Tokens;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The identity side of integration tests, once per test JVM on the shared broker and database: the
 * authorization server the local run uses and the user-service it registers people in and reads their
 * roles from, with a seeded staff member, a seeded admin and a service client. Tests get real signed
 * tokens from it over HTTP ({@link Tokens}) and point the services they start at {@link #issuer()}.
 * A JVM has one writer of the users topics: {@link #shared()} starts that user-service; user-service's
 * own tests use {@link #forUserServiceUnderTest()} and run it themselves on {@link #userServicePort()}.
 */
public final class IdentityFixture {

  public static final String SERVICE_CLIENT = "test-integration";
  private static final String SERVICE_SECRET = UUID.randomUUID().toString();
  private static final String PASSWORD = "integration-" + UUID.randomUUID();
  /** Both live until the test JVM exits; closing them in its shutdown races the broker's own shutdown. */
  private static final String NO_SHUTDOWN_HOOK = "--spring.main.register-shutdown-hook=false";
  private static IdentityFixture shared;

  private final int userServicePort = Ports.free();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final ConfigurableApplicationContext userService;
  private final ConfigurableApplicationContext authServer;
  private final Tokens tokens;
  private String staffToken;
  private String adminToken;

  private IdentityFixture(boolean startUserService) {
    int authPort = Ports.free();
    String issuer = "http://localhost:" + authPort;
    userService = !startUserService ? null : UserServiceApplication.run(
        "--server.port=" + userServicePort,
        NO_SHUTDOWN_HOOK,
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=identity-user-service-" + run,
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir("identity-users"),
        "--eventdesign.rerun-retained-commands=true",
        "--eventdesign.security.issuer-uri=" + issuer);
    authServer = AuthServerApplication.run(
        "--server.port=" + authPort,
        NO_SHUTDOWN_HOOK,
        "--spring.datasource.url=" + SharedInfrastructure.postgres().jdbcUrl() + "?currentSchema=auth_" + run,
        "--spring.flyway.schemas=auth_" + run,
        "--spring.flyway.default-schema=auth_" + run,
        "--eventdesign.auth.issuer=" + issuer,
        "--eventdesign.auth.user-service-url=" + userServiceUrl(),
        "--eventdesign.auth.signing-key-file=" + SharedInfrastructure.newStateDir("identity-keys").resolve("keys.json"),
        "--eventdesign.auth.requests-per-minute=100000",
        "--eventdesign.auth.service-clients[0].id=" + SERVICE_CLIENT,
        "--eventdesign.auth.service-clients[0].secret={bcrypt}" + new BCryptPasswordEncoder().encode(SERVICE_SECRET),
        "--eventdesign.auth.service-clients[0].scopes=api.read,users.manage,metrics.read,events.write",
        "--eventdesign.auth.seeded-accounts[0].email=staff-" + run + "@example.com",
        "--eventdesign.auth.seeded-accounts[0].password=" + PASSWORD,
        "--eventdesign.auth.seeded-accounts[0].first-name=Sam",
        "--eventdesign.auth.seeded-accounts[0].last-name=Staff",
        "--eventdesign.auth.seeded-accounts[0].roles=STAFF",
        "--eventdesign.auth.seeded-accounts[1].email=admin-" + run + "@example.com",
        "--eventdesign.auth.seeded-accounts[1].password=" + PASSWORD,
        "--eventdesign.auth.seeded-accounts[1].first-name=Alex",
        "--eventdesign.auth.seeded-accounts[1].last-name=Admin",
        "--eventdesign.auth.seeded-accounts[1].roles=ADMIN");
    tokens = new Tokens(issuer);
  }

  /** The authorization server and the user-service it works with. */
  public static synchronized IdentityFixture shared() {
    if (shared == null) {
      shared = new IdentityFixture(true);
    }
    return shared;
  }

  /** The authorization server only, for user-service's tests, which run it on {@link #userServicePort()}. */
  public static synchronized IdentityFixture forUserServiceUnderTest() {
    if (shared == null) {
      shared = new IdentityFixture(false);
    }
    return shared;
  }

  /** The issuer URL to give the services under test ({@code eventdesign.security.issuer-uri}). */
  public String issuer() {
    return tokens.issuer();
  }

  /** The user-service people are registered in. */
  public String userServiceUrl() {
    return "http://localhost:" + userServicePort;
  }

  public int userServicePort() {
    return userServicePort;
  }

  public Tokens tokens() {
    return tokens;
  }

  /** A new customer, signed up and logged in. */
  public Tokens.Person newCustomer() {
    String email = "customer-" + UUID.randomUUID() + "@example.com";
    return tokens.signUp(email, PASSWORD, "Cara", "Customer");
  }

  /** The seeded staff member's token (waits for the seeding, which needs user-service running). */
  public synchronized String staff() {
    if (staffToken == null) {
      staffToken = tokens.loginWithRole("staff-" + run + "@example.com", PASSWORD, "STAFF");
    }
    return staffToken;
  }

  public synchronized String admin() {
    if (adminToken == null) {
      adminToken = tokens.loginWithRole("admin-" + run + "@example.com", PASSWORD, "ADMIN");
    }
    return adminToken;
  }

  /** A service client's token with the given scopes (of api.read, users.manage, metrics.read, events.write). */
  public String service(String scopes) {
    return tokens.clientCredentials(SERVICE_CLIENT, SERVICE_SECRET, scopes);
  }
}

package io.eventdesign.user;

import io.eventdesign.infra.testing.SharedInfrastructure;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * user-service on the shared broker, on the port the authorization server registers people at: one
 * Spring context that every test class extending this shares (the port allows only one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = "spring.config.name=" + UserServiceApplication.CONFIG_NAME)
abstract class RunningUserService {

  /** One id per test run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "user-service-it-" + RUN);
    // a fresh application id over topics other test classes may have written to: it re-runs their retained commands
    registry.add("eventdesign.rerun-retained-commands", () -> "true");
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("user-it").toString());
    // the authorization server registers its seeded admin here and reads roles from here
    registry.add("server.port", () -> IdentityFixture.forUserServiceUnderTest().userServicePort());
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.forUserServiceUnderTest().issuer());
  }

  @LocalServerPort int port;
}

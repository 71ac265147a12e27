package io.eventdesign.projection;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.user.IdentityFixture;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * projection-service on the shared broker and PostgreSQL, beside the identity fixture's user-service (the
 * one writer of the users, tenants and workspaces topics in this JVM): one Spring context that every test
 * class extending this shares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=" + ProjectionServiceApplication.CONFIG_NAME)
abstract class RunningProjectionService {

  /** One id per test run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();

  /** user-service as its admin. */
  static HttpTestClient users;
  /** user-service as the authorization server's kind of client, which registers people. */
  static HttpTestClient registrar;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "projection-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("projection-it").toString());
    registry.add("eventdesign.projections.sink-group", () -> "projection-sink-it-" + RUN);
    registry.add("spring.datasource.url", () -> SharedInfrastructure.postgres().jdbcUrl());
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.shared().issuer());
  }

  @BeforeAll
  static void userService() {
    IdentityFixture identity = IdentityFixture.shared();
    users = new HttpTestClient(identity.userServiceUrl(), identity.admin());
    registrar = users.as(identity.service("users.manage api.read"));
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  /** projection-service as the admin. */
  HttpTestClient projections;
  final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void client() {
    projections = new HttpTestClient("http://localhost:" + port, IdentityFixture.shared().admin());
  }

  /** projection-service with another bearer token. */
  HttpTestClient projectionsAs(String bearer) {
    return projections.as(bearer);
  }

  /** The JSON {@code path} answers (as the admin), once it answers 200 and {@code done} holds. */
  JsonNode awaitJson(String path, Predicate<JsonNode> done) {
    return awaitJson(projections, path, done);
  }

  JsonNode awaitJson(HttpTestClient client, String path, Predicate<JsonNode> done) {
    return Await.until(path + " to match", () -> {
      HttpResponse<String> response = client.get(path);
      return response.statusCode() == 200 ? Optional.of(json.readTree(response.body())).filter(done) : Optional.empty();
    });
  }
}

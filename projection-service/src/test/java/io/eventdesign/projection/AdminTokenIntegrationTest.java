package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** With eventdesign.projections.admin-token set, the admin endpoints need it; the read endpoints do not. */
class AdminTokenIntegrationTest {

  private static final String TOKEN = "admin-" + UUID.randomUUID();
  private static ConfigurableApplicationContext projection;
  private static HttpTestClient http;
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() {
    String run = UUID.randomUUID().toString();
    projection = ProjectionServiceApplication.run(
        "--server.port=0",
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=projection-admin-it-" + run,
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir("projection-admin"),
        "--eventdesign.projections.sink-group=projection-sink-admin-it-" + run,
        "--spring.datasource.url=" + SharedInfrastructure.postgres().jdbcUrl(),
        "--eventdesign.projections.admin-token=" + TOKEN);
    http = new HttpTestClient("http://localhost:" + projection.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    projection.close();
  }

  @Test
  void adminRequestsWithoutTheTokenAreUnauthorizedAndStartNothing() throws Exception {
    for (Map<String, String> headers : java.util.List.of(Map.<String, String>of(), Map.of("Authorization", "Bearer wrong"),
        Map.of("Authorization", TOKEN))) {
      HttpResponse<String> refused = http.post("/api/v1/admin/projections/users/rebuild", null, headers);
      assertThat(refused.statusCode()).as(headers.toString()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
      assertThat(json.readTree(refused.body()).get("status").asInt()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
          assertThat(value).startsWith("Bearer"));
    }
    assertThat(http.get("/api/v1/admin/dead-letters").statusCode()).isEqualTo(401);
    HttpResponse<String> status = http.send("GET", "/api/v1/admin/projections/users/rebuild", null, Map.of("Authorization", "Bearer " + TOKEN));
    assertThat(status.statusCode()).as("no rebuild was started by the refused requests: " + status.body()).isEqualTo(404);
  }

  @Test
  void adminRequestsWithTheTokenAndReadRequestsWithoutOneGoThrough() throws Exception {
    // 503 until this instance's topologies run (they report their parked records); never 401
    Await.until("the dead letters listed with the token", () ->
        http.send("GET", "/api/v1/admin/dead-letters", null, Map.of("Authorization", "Bearer " + TOKEN)).statusCode() == 200);
    assertThat(http.send("GET", "/api/v1/admin/dead-letters", null, Map.of("Authorization", "Bearer " + TOKEN)).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/events/stats").statusCode()).isEqualTo(200);
  }
}

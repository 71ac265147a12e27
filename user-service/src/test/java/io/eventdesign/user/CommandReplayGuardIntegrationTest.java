package io.eventdesign.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.Ports;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command side started under an application id that never committed an offset, over an events
 * topic that holds events, is refused before it runs a command; a restart under its own id is not.
 */
class CommandReplayGuardIntegrationTest {

  private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
  private final JsonMapper json = JsonMapper.builder().build();

  @AfterEach
  void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
  }

  private ConfigurableApplicationContext start(String applicationId, int port, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=" + port,
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=" + applicationId,
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir("replay-guard"),
        "--eventdesign.security.issuer-uri=" + IdentityFixture.forUserServiceUnderTest().issuer()));
    args.addAll(List.of(more));
    ConfigurableApplicationContext context = UserServiceApplication.run(args.toArray(String[]::new));
    instances.add(context);
    return context;
  }

  @Test
  void aNewApplicationIdOverExistingEventsIsRefusedAndARestartUnderItsOwnIdIsNot() throws Exception {
    String applicationId = "user-service-guard-" + UUID.randomUUID();
    int port = Ports.free();
    // other classes in this JVM may have written users.events already: this first start is the one allowed to re-run
    ConfigurableApplicationContext first = start(applicationId, port, "--eventdesign.rerun-retained-commands=true");
    HttpResponse<String> created = new HttpTestClient("http://localhost:" + port, registrar()).post("/api/v1/users",
        "{\"email\": \"guard-%s@example.com\", \"firstName\": \"G\", \"lastName\": \"D\"}".formatted(UUID.randomUUID()), Map.of());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json.readTree(created.body()).get("id").asString();
    int eventsBefore = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.USERS_EVENTS.name()).size();

    String newApplicationId = "user-service-renamed-" + UUID.randomUUID();
    assertThatThrownBy(() -> start(newApplicationId, Ports.free()))
        .rootCause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'" + newApplicationId + "' has never committed an offset")
        .hasMessageContaining(Topics.USERS_EVENTS.name())
        .hasMessageContaining("eventdesign.rerun-retained-commands=true");
    assertThat(TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.USERS_EVENTS.name()))
        .as("the refused start published nothing").hasSize(eventsBefore);

    first.close();
    instances.remove(first);
    int restartPort = Ports.free();
    start(applicationId, restartPort);
    HttpResponse<String> read = new HttpTestClient("http://localhost:" + restartPort, registrar()).get("/api/v1/users/" + id);
    assertThat(read.statusCode()).as("a restart under its own id starts, with its aggregates: " + read.body()).isEqualTo(200);
  }

  private static String registrar() {
    return IdentityFixture.forUserServiceUnderTest().service("users.manage api.read");
  }
}

package io.eventdesign.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.Ports;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.platform.streams.KafkaStreamsRunner;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances share the partitions of one application; a read on either instance is answered
 * from the store that holds the key, forwarded when it is the other instance's.
 */
class TwoInstancesReadTest {

  private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
  private final JsonMapper json = JsonMapper.builder().build();

  @AfterEach
  void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
  }

  private HttpTestClient start(String applicationId, int port) {
    instances.add(UserServiceApplication.run(
        "--server.port=" + port,
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.application-id=" + applicationId,
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir("two-instances"),
        "--spring.kafka.streams.properties.application.server=localhost:" + port,
        // a fresh application id over topics other test classes may have written to
        "--eventdesign.rerun-retained-commands=true",
        "--eventdesign.security.issuer-uri=" + IdentityFixture.forUserServiceUnderTest().issuer()));
    // a service client that registers and reads every user; the forwarded read carries its token
    return new HttpTestClient("http://localhost:" + port, IdentityFixture.forUserServiceUnderTest().service("users.manage api.read"));
  }

  @Test
  void everyUserIsReadableFromBothInstances() throws Exception {
    String applicationId = "user-service-two-" + UUID.randomUUID();
    HttpTestClient first = start(applicationId, Ports.free());
    HttpTestClient second = start(applicationId, Ports.free());
    awaitBothRunningWithPartitionsSplit();

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> created = first.post("/api/v1/users",
          "{\"email\": \"two-%s@example.com\", \"firstName\": \"T\", \"lastName\": \"I\"}".formatted(UUID.randomUUID()), Map.of());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      ids.add(json.readTree(created.body()).get("id").asString());
    }

    for (String id : ids) {
      for (HttpTestClient instance : List.of(first, second)) {
        HttpResponse<String> read = instance.get("/api/v1/users/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json.readTree(read.body()).get("id").asString()).isEqualTo(id);
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
      }
    }
  }

  private void awaitBothRunningWithPartitionsSplit() throws InterruptedException {
    long deadline = System.currentTimeMillis() + Duration.ofSeconds(60).toMillis();
    while (System.currentTimeMillis() < deadline) {
      boolean split = instances.stream().map(c -> c.getBean(KafkaStreamsRunner.class)).allMatch(runner ->
          runner.state() == KafkaStreams.State.RUNNING
              && runner.streams().metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty()));
      if (split) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the two instances did not both get active tasks");
  }
}

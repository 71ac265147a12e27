package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The process-per-service run (./run-cluster): every instance in a JVM of its own, two of each write side.
 * A request-service instance that holds partitions is killed like a crash: until the group notices, commands for its partitions
 * are refused at once (503, Retry-After, nothing sent) instead of waiting; then the other takes its
 * partitions, commands keep being accepted, a refused command retried with its key is applied once, and
 * after a restart every request is readable through either instance (reads of aggregates the other keeps
 * are forwarded).
 */
class LocalClusterTest {

  @TempDir Path dataDir;
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aKilledInstanceIsReplacedByItsPeerAndRejoinsAfterARestart() throws Exception {
    try (LocalCluster cluster = LocalCluster.start(LocalSettings.onFreePorts(dataDir))) {
      List<ServiceProcess> requestServices = cluster.instances().stream()
          .filter(instance -> instance.service() == ServiceLaunches.Service.REQUEST).toList();
      assertThat(requestServices).hasSize(2);
      assertThat(cluster.instances()).hasSize(7).allSatisfy(instance -> assertThat(instance.alive()).isTrue());
      Tokens.Person customer = new LocalLogins(cluster.infrastructure()).newCustomer();
      HttpTestClient first = new HttpTestClient("http://localhost:" + requestServices.get(0).port(), customer.token());
      HttpTestClient second = new HttpTestClient("http://localhost:" + requestServices.get(1).port(), customer.token());

      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        ids.add(created((i % 2 == 0 ? first : second), "LOGO-CLUSTER-" + i));
      }
      // Kafka Streams may keep every active task on one instance while the other warms up as a standby:
      // kill the second; if it held none of the partitions (nothing refused), bring it back and kill the first
      int victim = 1;
      List<String> refused = killAndAnswer(requestServices.get(victim), first, ids, 1);
      if (refused.isEmpty()) {
        requestServices.get(victim).start();
        assertThat(requestServices.get(victim).awaitReady(Duration.ofMinutes(3))).isTrue();
        victim = 0;
        refused = killAndAnswer(requestServices.get(victim), second, ids, 2);
      }
      assertThat(refused).as("the dead instance's partitions' commands, refused at once").isNotEmpty();
      HttpTestClient survivor = victim == 1 ? first : second;
      long answersBefore = victim == 1 ? 0 : 1;
      for (String id : refused) {
        int attempt = victim == 1 ? 1 : 2;
        Await.until("the refused answer to " + id + " accepted on a retry with its key",
            () -> answer(survivor, id, attempt).statusCode() == 200);
        assertThat(json.readTree(survivor.get("/api/v1/requests/" + id).body()).get("version").asLong())
            .as("created, then answered once more").isEqualTo(2 + answersBefore);
      }
      for (int i = 16; i < 22; i++) {
        int n = i;
        // commands on the dead instance's partitions wait until its peer takes them over
        ids.add(Await.until("request " + n + " accepted by the surviving instance",
            () -> java.util.Optional.ofNullable(tryCreate(survivor, "LOGO-CLUSTER-" + n))));
      }
      requestServices.get(victim).start();
      assertThat(requestServices.get(victim).awaitReady(Duration.ofMinutes(3))).as("the restarted instance is ready").isTrue();
      for (String id : ids) {
        for (HttpTestClient instance : List.of(first, second)) {
          Await.until("request " + id + " readable through either instance",
              () -> instance.get("/api/v1/requests/" + id).statusCode() == 200);
        }
      }
    }
  }

  private String created(HttpTestClient client, String designCode) {
    HttpResponse<String> response = client.post("/api/v1/requests",
        "{\"productId\":\"logo\",\"designCode\":\"" + designCode + "\"}", Map.of("Idempotency-Key", designCode));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asString();
  }

  /**
   * Kills {@code victim} and answers every request through {@code peer} at once: the commands of the dead
   * instance's partitions must be refused within 2 s with Retry-After (the others accepted). Returns the refused.
   */
  private List<String> killAndAnswer(ServiceProcess victim, HttpTestClient peer, List<String> ids, int attempt)
      throws InterruptedException {
    victim.kill();
    List<String> refused = new ArrayList<>();
    for (String id : ids) {
      long started = System.nanoTime();
      HttpResponse<String> answered = answer(peer, id, attempt);
      if (answered.statusCode() == 503) {
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused at once, not after the command timeout")
            .isLessThan(Duration.ofSeconds(2));
        assertThat(answered.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
            assertThat(Integer.parseInt(seconds)).isBetween(1, 10));
        assertThat(json.readTree(answered.body()).get("type").asString()).endsWith("owner-unavailable");
        refused.add(id);
      } else {
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
      }
    }
    return refused;
  }

  /** Each attempt a new answer under a key of its own. */
  private static HttpResponse<String> answer(HttpTestClient client, String id, int attempt) {
    return client.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\":\"Cluster " + attempt + "\"}",
        Map.of("Idempotency-Key", "answer-" + attempt + "-" + id));
  }

  /** The new request's id, or null when the outcome was not known in time (503); retried with the same key. */
  private String tryCreate(HttpTestClient client, String designCode) {
    HttpResponse<String> response = client.post("/api/v1/requests",
        "{\"productId\":\"logo\",\"designCode\":\"" + designCode + "\"}", Map.of("Idempotency-Key", designCode));
    if (response.statusCode() == 503) {
      return null;
    }
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    return json.readTree(response.body()).get("id").asString();
  }
}

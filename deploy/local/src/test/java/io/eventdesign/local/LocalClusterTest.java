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
 * One request-service instance is killed like a crash: the other takes its partitions, commands keep being
 * accepted, and after a restart every request is readable through either instance (reads of aggregates the
 * other keeps are forwarded).
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
      for (int i = 0; i < 6; i++) {
        ids.add(created((i % 2 == 0 ? first : second), "LOGO-CLUSTER-" + i));
      }
      requestServices.get(1).kill();
      for (int i = 6; i < 12; i++) {
        int n = i;
        // commands on the dead instance's partitions wait until its peer takes them over
        ids.add(Await.until("request " + n + " accepted by the surviving instance",
            () -> java.util.Optional.ofNullable(tryCreate(first, "LOGO-CLUSTER-" + n))));
      }
      requestServices.get(1).start();
      assertThat(requestServices.get(1).awaitReady(Duration.ofMinutes(3))).as("the restarted instance is ready").isTrue();
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

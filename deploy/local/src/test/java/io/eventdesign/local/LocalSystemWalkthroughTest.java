package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.HttpTestClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The README walkthrough against the launcher's whole stack, and data surviving a restart. */
class LocalSystemWalkthroughTest {

  @TempDir Path dataDir;
  private final JsonMapper json = JsonMapper.builder().build();

  /** The issuer's URL names its port, so both starts keep the one the first chose (tokens name the issuer). */
  private static final int AUTH_SERVER_PORT = io.eventdesign.infra.Ports.free();

  private LocalSettings settings() {
    return new LocalSettings(dataDir, 0, 0, 0, 0, 0, 0, 0, AUTH_SERVER_PORT, LocalSettings.LOOPBACK, false);
  }

  @Test
  void theReadmeWalkthroughWorksAndDataSurvivesARestart() throws Exception {
    String id;
    String adaToken;
    try (LocalSystem system = LocalSystem.start(settings())) {
      LocalLogins logins = new LocalLogins(system);
      String admin = logins.admin();
      HttpTestClient signUps = new HttpTestClient(system.issuer());
      String registration = "{\"email\": \"ada@example.com\", \"password\": \"correct horse battery staple\", "
          + "\"firstName\": \"Ada\", \"lastName\": \"Lovelace\", \"company\": \"Analytical Engines\"}";

      HttpResponse<String> created = signUps.post("/signup", registration, Map.of());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      id = json.readTree(created.body()).get("userId").asString();
      assertThat(signUps.post("/signup", registration.replace("ada@", "ADA@"), Map.of()).statusCode()).isEqualTo(409);
      adaToken = logins.tokens().login("ada@example.com", "correct horse battery staple");
      HttpTestClient ada = new HttpTestClient("http://localhost:" + system.userServicePort(), adaToken);
      HttpTestClient users = ada.as(admin);
      HttpTestClient projections = new HttpTestClient("http://localhost:" + system.projectionServicePort(), adaToken);

      assertThat(ada.post("/api/v1/users/" + id + "/activate", null, Map.of()).statusCode())
          .as("activation is the admin's").isEqualTo(403);
      assertThat(users.post("/api/v1/users/" + id + "/activate", null, Map.of("If-Match", "\"1\"")).statusCode()).isEqualTo(200);
      assertThat(ada.put("/api/v1/users/" + id + "/profile", "{\"firstName\": \"Augusta Ada\", \"lastName\": \"King\"}",
          Map.of("If-Match", "\"1\"")).statusCode()).isEqualTo(412);
      assertThat(users.post("/api/v1/users/" + id + "/activate", null, Map.of()).statusCode()).isEqualTo(409);

      assertThat(json.readTree(ada.get("/api/v1/users/" + id).body()).get("status").asString()).isEqualTo("ACTIVE");
      JsonNode row = await(projections, "/api/v1/users/" + id, 2);
      assertThat(row.get("status").asString()).isEqualTo("ACTIVE");

      designRequestWalkthrough(system, adaToken, logins.staff(), projections.as(admin));
      everyMetricOfTheDashboardIsExported(system, admin);
    }

    try (LocalSystem restarted = LocalSystem.start(settings())) {
      // the signing keys and accounts live in the data directory: a token from before the restart still works
      HttpTestClient ada = new HttpTestClient("http://localhost:" + restarted.userServicePort(), adaToken);
      HttpTestClient projections = new HttpTestClient("http://localhost:" + restarted.projectionServicePort(), adaToken);

      assertThat(await(projections, "/api/v1/users/" + id, 2).get("email").asString()).isEqualTo("ada@example.com");
      assertThat(json.readTree(ada.get("/api/v1/users/" + id).body()).get("version").asLong()).isEqualTo(2);
      HttpTestClient users = ada.as(new LocalLogins(restarted).admin());
      HttpResponse<String> deactivated = users.post("/api/v1/users/" + id + "/deactivate", "{\"reason\": \"restart test\"}",
          Map.of("If-Match", "\"2\""));
      assertThat(deactivated.statusCode()).isEqualTo(200);
      assertThat(await(projections, "/api/v1/users/" + id, 3).get("status").asString()).isEqualTo("DEACTIVATED");
      assertThat(new LocalLogins(restarted).tokens().login("ada@example.com", "correct horse battery staple")).isNotBlank();
    }
  }

  /**
   * deploy/dashboards/eventdesign.json queries only metrics the services export (after the walkthrough
   * every kind of metric has been recorded at least once), labelled by application.
   */
  private void everyMetricOfTheDashboardIsExported(LocalSystem system, String admin) throws Exception {
    StringBuilder exported = new StringBuilder();
    for (int port : List.of(system.userServicePort(), system.requestServicePort(), system.paymentServicePort(),
        system.projectionServicePort())) {
      HttpResponse<String> scraped = new HttpTestClient("http://localhost:" + port, admin).get("/actuator/prometheus");
      assertThat(scraped.statusCode()).isEqualTo(200);
      exported.append(scraped.body());
    }
    Set<String> names = exported.toString().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    Set<String> queried = new TreeSet<>();
    json.readTree(Files.readString(Path.of("../dashboards/eventdesign.json"))).get("panels").forEach(panel ->
        panel.get("targets").forEach(target -> {
          // metric names: identifiers of three or more words, outside label values and range selectors
          Matcher metric = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}\\b")
              .matcher(target.get("expr").asString().replaceAll("\"[^\"]*\"|\\[[^]]*]", ""));
          while (metric.find()) {
            queried.add(metric.group());
          }
        }));
    assertThat(queried).hasSizeGreaterThan(10);
    assertThat(names).containsAll(queried);
    assertThat(exported.toString()).contains("application=\"user-service\"", "application=\"projection-service\"");
  }

  /** The README's design-request walkthrough: questionnaire, payment through the simulated provider, design. */
  private void designRequestWalkthrough(LocalSystem system, String customer, String staffToken, HttpTestClient projections)
      throws InterruptedException {
    HttpTestClient requests = new HttpTestClient("http://localhost:" + system.requestServicePort(), customer);
    HttpTestClient staff = requests.as(staffToken);
    assertThat(requests.get("/api/v1/products/logo").statusCode()).isEqualTo(200);
    String id = json.readTree(requests.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"LOGO-ACME-1\"}",
        Map.of()).body()).get("id").asString();
    requests.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme\"}", Map.of());
    requests.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme Rockets\"}", Map.of());
    requests.put("/api/v1/requests/" + id + "/answers/style", "{\"options\": [\"bold\"]}", Map.of());
    assertThat(requests.post("/api/v1/requests/" + id + "/submit", "{\"email\": \"ada@example.com\"}", Map.of()).statusCode())
        .isEqualTo(200);
    JsonNode paid = await(projections, "/api/v1/requests/" + id, 6);
    assertThat(paid.get("status").asString()).isEqualTo("PAID");
    assertThat(staff.post("/api/v1/requests/" + id + "/design/start", null, Map.of()).statusCode()).isEqualTo(200);
    assertThat(staff.post("/api/v1/requests/" + id + "/design/complete", "{\"resultUrl\": \"https://files.example/acme.svg\"}",
        Map.of()).statusCode()).isEqualTo(200);
    JsonNode done = await(projections, "/api/v1/requests/" + id, 8);
    assertThat(done.get("status").asString()).isEqualTo("DESIGN_COMPLETED");
    assertThat(done.get("paymentStatus").asString()).isEqualTo("SUCCEEDED");
  }

  private JsonNode await(HttpTestClient client, String path, long version) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> response = client.get(path);
      if (response.statusCode() == 200) {
        JsonNode body = json.readTree(response.body());
        if (body.get("version").asLong() >= version) {
          return body;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(path + " did not reach version " + version);
  }
}

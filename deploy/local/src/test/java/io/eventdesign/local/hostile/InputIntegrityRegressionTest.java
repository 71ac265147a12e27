package io.eventdesign.local.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.OnLocalSystem;
import io.eventdesign.local.hostile.HostileCase.Service;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One regression test per input-integrity defect found by a hostile client, against the whole system. */
class InputIntegrityRegressionTest extends OnLocalSystem {

  /** The authorization server, where people sign up (registrations reach user-service only from there). */
  private static HttpTestClient signUps;
  private static HttpTestClient users;
  private static HttpTestClient requests;
  private static HttpTestClient projections;
  private static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() throws Exception {
    HostileInputSuiteTest.awaitReady(system);
    LocalLogins logins = new LocalLogins(system);
    String admin = logins.admin();
    signUps = new HttpTestClient(system.issuer());
    users = new HttpTestClient("http://localhost:" + system.userServicePort(), admin);
    requests = new HttpTestClient("http://localhost:" + system.requestServicePort(), admin);
    projections = new HttpTestClient("http://localhost:" + system.projectionServicePort(), admin);
  }

  /** 1: control characters were accepted, recorded, then refused by PostgreSQL and parked for good. */
  @Test
  void controlCharactersAreRefusedAtTheEdgeAndEmailSpellingsAreOneAccount() throws Exception {
    try (SystemSnapshot.Reader reader = new SystemSnapshot.Reader(system.kafkaBootstrapServers(), system.postgresJdbcUrl())) {
      SystemSnapshot before = reader.take();
      assertRefused(signUp("{\"email\":\"nul@example.com\",\"firstName\":\"Ada\\u0000\",\"lastName\":\"L\"}",
          Map.of()), 422, "firstName");
      assertRefused(signUp("{\"email\":\"nul\\u0000@example.com\",\"firstName\":\"Ada\",\"lastName\":\"L\"}",
          Map.of()), 422, "email");
      assertRefused(signUp("{\"email\":\"zw\\u200b@example.com\",\"firstName\":\"Ada\",\"lastName\":\"L\"}",
          Map.of()), 422, "email");
      assertRefused(signUp("{\"email\":\"b@example.com\",\"firstName\":\"Ada\",\"lastName\":\"L\","
          + "\"company\":\"   \"}", Map.of()), 422, "company");
      String draft = created(requests.post("/api/v1/requests", "{\"productId\":\"logo\",\"designCode\":\"LOGO-NUL-1\"}", Map.of()));
      Await.until("the draft's row", () -> projections.get("/api/v1/requests/" + draft).statusCode() == 200);
      before = reader.take();
      assertRefused(requests.put("/api/v1/requests/" + draft + "/answers/brand-name", "{\"text\":\"A\\u0000\"}", Map.of()),
          422, "text");
      assertRefused(requests.post("/api/v1/requests/" + draft + "/cancel", "{\"reason\":\"x\\u0085\"}", Map.of()), 422, "reason");
      assertRefused(requests.post("/api/v1/requests/" + draft + "/design/complete",
          "{\"resultUrl\":\"https://files.example/\\u0000\"}", Map.of()), 422, "resultUrl");
      assertThat(reader.take().changesSince(before, false)).isEmpty();
      assertThat(requests.put("/api/v1/requests/" + draft + "/answers/brand-name", "{\"text\":\" Acme\\nRockets \"}", Map.of())
          .statusCode()).as("line breaks are allowed where a field documents them").isEqualTo(200);
    }
    String id = created(signUp("{\"email\":\" Zoe@Example.COM \",\"firstName\":\"Zoe\",\"lastName\":\"Z\"}",
        Map.of()));
    assertThat(signUp("{\"email\":\"\uff5aoe@example.com\",\"firstName\":\"Zoe\",\"lastName\":\"Z\"}",
        Map.of()).statusCode()).as("a full-width spelling of the same address").isEqualTo(409);
    JsonNode row = Await.until("the user's row", () -> Optional.of(projections.get("/api/v1/users/" + id))
        .filter(r -> r.statusCode() == 200).map(r -> json.readTree(r.body())));
    assertThat(row.get("email").asString()).isEqualTo("zoe@example.com");
    JsonNode found = json.readTree(projections.get("/api/v1/users?email=%EF%BD%9AOE@Example.com").body());
    assertThat(found.get("items").findValuesAsString("id")).as("a search finds the account by any spelling").containsExactly(id);
  }

  /** 2: a number for an enum granted a role; padded enums, duplicate keys and numbers for strings went through. */
  @Test
  void lenientJsonIsRefusedNamingTheField() {
    String id = created(signUp("{\"email\":\"strict-" + UUID.randomUUID()
        + "@example.com\",\"firstName\":\"Ada\",\"lastName\":\"L\"}", Map.of()));
    String roles = "/api/v1/users/" + id + "/roles";
    assertRefused(users.post(roles, "{\"role\":3}", Map.of()), 400, "role");
    assertRefused(users.post(roles, "{\"role\":\" ADMIN\"}", Map.of()), 400, "role");
    assertRefused(users.post(roles, "{\"role\":\"ADMIN\\u0000\"}", Map.of()), 400, "role");
    assertRefused(users.post(roles, "{\"role\":\"STAFF\",\"role\":\"ADMIN\"}", Map.of()), 400, null);
    assertRefused(users.post(roles, "{\"role\":\"ADMIN\",\"scope\":\"all\"}", Map.of()), 400, "scope");
    assertRefused(users.put("/api/v1/users/" + id + "/profile", "{\"firstName\":12,\"lastName\":\"L\"}", Map.of()), 400,
        "firstName");
    assertRefused(users.delete(roles + "/%20ADMIN", Map.of()), 400, "path");
    assertRefused(users.delete(roles + "/admin", Map.of()), 400, "role");
    assertThat(json.readTree(users.get("/api/v1/users/" + id).body()).get("roles").toString()).doesNotContain("ADMIN");
  }

  /** 4: the local run signs webhooks with a secret of its own data directory, never a published one. */
  @Test
  void theLocalRunGeneratesItsWebhookSecretPerDataDirectory() throws Exception {
    assertThat(Files.readString(dataDir.resolve("payment-webhook-secret"))).isEqualTo(system.webhookSecret())
        .startsWith("whsec_").isNotEqualTo("whsec_bG9jYWwtZGV2ZWxvcG1lbnQtd2ViaG9vay1zZWNyZXQ=");
  }

  /** 5: out-of-range timestamps, tampered cursors and NUL in filters were 500s. */
  @Test
  void clientInputIsNeverAServerError() {
    String cursor = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("2026-01-01T00:00:00Z|\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (String query : new String[] {"/api/v1/events?from=%2B1000000000-01-01T00:00:00Z",
        "/api/v1/events?to=-999999999-01-01T00:00:00Z", "/api/v1/events?cursor=" + cursor, "/api/v1/events?cursor=%25%25",
        "/api/v1/events?actor=a%00b", "/api/v1/users?email=%00", "/api/v1/users/" + UUID.randomUUID() + "?asOf=%2B999999999-12-31T23:59:59Z",
        "/api/v1/payments/" + UUID.randomUUID() + "?asOf=10000-01-01T00:00:00Z"}) {
      HttpResponse<String> response = projections.get(query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  /** 6: the servlet container answered some errors with HTML or Boot's JSON. */
  @Test
  void errorsTheContainerRaisesAreProblemsToo() {
    int port = system.userServicePort();
    String user = "/api/v1/users/" + UUID.randomUUID();
    for (HostileCase hostile : new HostileCase[] {
        HostileCase.to(Service.USERS, "GET", user).header("X-Big", "x".repeat(20_000)).named("big header"),
        HostileCase.to(Service.USERS, "GET", user + "?" + "q".repeat(20_000)).named("long URL"),
        HostileCase.to(Service.USERS, "GET", "/api/v1/users/a%2Fb").named("encoded slash"),
        HostileCase.to(Service.USERS, "GET", "/api/v1/users/a%5Cb").named("encoded backslash"),
        HostileCase.to(Service.USERS, "GET", "/api/v1/users/a%00b").named("NUL"),
        HostileCase.to(Service.USERS, "GET", "/api/v1/users/a%zz").named("malformed escape"),
        HostileCase.to(Service.USERS, "TRACE", user).named("TRACE"),
        HostileCase.to(Service.USERS, "FOO", user).named("unknown method"),
        HostileCase.to(Service.USERS, "CONNECT", "localhost:443").named("CONNECT")}) {
      RawHttp.Response response = RawHttp.send(port, hostile.request());
      assertThat(response.status()).as(hostile.name()).isBetween(400, 499);
      assertThat(response.contentType()).as(hostile.name()).startsWith("application/problem+json");
      assertThat(json.readTree(response.body()).get("type").asString()).as(hostile.name()).startsWith("/problems/");
    }
  }

  /** 7: page=0x10 was read as 16, and a discard of partition -1 at offset -1 answered 200. */
  @Test
  void queryNumbersAreDecimalsInRangeAndNameRealRecords() {
    assertRefused(projections.get("/api/v1/users?page=0x10"), 400, "page");
    assertRefused(projections.get("/api/v1/users?size=%2B5"), 400, "size");
    assertRefused(projections.get("/api/v1/requests/" + UUID.randomUUID() + "/answers?history=yes"), 400, "history");
    String discard = "/api/v1/admin/dead-letters/discard?reason=test&topic=users.events&key=k";
    assertRefused(projections.post(discard + "&partition=-1&offset=0", null, Map.of()), 400, "partition");
    assertRefused(projections.post(discard + "&partition=0&offset=-1", null, Map.of()), 400, "offset");
    // 503 with Retry-After while the state topologies rebalance: retried as a client would
    HttpResponse<String> missing = Await.until("an answer other than not-ready", () -> Optional.of(
        projections.post(discard + "&partition=0&offset=12345", null, Map.of())).filter(r -> r.statusCode() != 503));
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    if (field != null) {
      assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json.readTree(response.body());
    return (body.has("userId") ? body.get("userId") : body.get("id")).asString();
  }

  /** A sign-up with this registration and a valid password. */
  private static HttpResponse<String> signUp(String registration, Map<String, String> headers) {
    return signUps.post("/signup", registration.replaceFirst("^\\{", "{\"password\":\"a long test password\","), headers);
  }
}

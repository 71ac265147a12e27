package io.eventdesign.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole write path on a real broker: REST -> command topic -> processor -> events, state and reply. */
class UserApiIntegrationTest extends RunningUserService {

  @org.springframework.beans.factory.annotation.Autowired io.eventdesign.platform.streams.KafkaStreamsRunner streams;
  /** The admin, who may do everything here but register (which only the authorization server's client may). */
  private HttpTestClient http;
  private HttpTestClient registrar;
  private final JsonMapper json = JsonMapper.builder().build();
  private final SingleObjectCodec codec = new SingleObjectCodec();

  @BeforeEach
  void client() {
    IdentityFixture identity = IdentityFixture.forUserServiceUnderTest();
    http = new HttpTestClient("http://localhost:" + port, identity.admin());
    registrar = http.as(identity.service("users.manage api.read"));
  }

  private static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  private static String registration(String email) {
    return """
        {"email": "%s", "firstName": "Ada", "lastName": "Lovelace", "company": "Analytical Engines"}""".formatted(email);
  }

  private HttpResponse<String> register(String email, Map<String, String> headers) {
    return registrar.post("/api/v1/users", registration(email), headers);
  }

  private JsonNode body(HttpResponse<String> response) {
    return json.readTree(response.body());
  }

  private List<Envelope> eventsOf(String userId) {
    return TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.USERS_EVENTS.name()).stream()
        .filter(r -> userId.equals(r.key()))
        .map(r -> (Envelope) ((DecodeResult.Decoded) codec.decode(r.value())).record().get(0))
        .toList();
  }

  private int eventCount() {
    return TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.USERS_EVENTS.name()).size();
  }

  /** Every RocksDB store of the application shares one bounded cache (BoundedRocksDbMemory), as its metrics show. */
  @Test
  void everyStateStoreSharesOneBoundedBlockCache() {
    var capacities = streams.streams().metrics().entrySet().stream()
        .filter(metric -> metric.getKey().group().equals("stream-state-metrics")
            && metric.getKey().name().equals("block-cache-capacity"))
        .map(metric -> ((Number) metric.getValue().metricValue()).longValue()).toList();
    assertThat(capacities).as("a capacity per RocksDB store").isNotEmpty()
        .allSatisfy(capacity -> assertThat(capacity)
            .isEqualTo(io.eventdesign.platform.streams.BoundedRocksDbMemory.DEFAULT_MEMORY_BYTES));
  }

  @Test
  void registerActivateAndReadBack() {
    HttpResponse<String> created = register(uniqueEmail(), Map.of());

    assertThat(created.statusCode()).isEqualTo(201);
    String id = body(created).get("id").asString();
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/users/" + id);
    assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(body(created).get("status").asString()).isEqualTo("INACTIVE");
    assertThat(body(created).get("version").asLong()).isEqualTo(1);
    assertThat(body(created).get("displayName").asString()).isEqualTo("Ada Lovelace");

    HttpResponse<String> activated = http.post("/api/v1/users/" + id + "/activate", null, Map.of("If-Match", "\"1\""));
    assertThat(activated.statusCode()).isEqualTo(200);
    assertThat(activated.headers().firstValue("ETag")).contains("\"2\"");

    HttpResponse<String> read = http.get("/api/v1/users/" + id);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(body(read).get("status").asString()).isEqualTo("ACTIVE");
    assertThat(eventsOf(id)).extracting(Envelope::getEventType, Envelope::getAggregateVersion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("user.registered", 1L),
            org.assertj.core.groups.Tuple.tuple("user.activated", 2L));
  }

  @Test
  void activatingTwiceIsAConflictWithTheCurrentStatusAndNoEvent() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();
    http.post("/api/v1/users/" + id + "/activate", null, Map.of());

    HttpResponse<String> again = http.post("/api/v1/users/" + id + "/activate", null, Map.of());

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(body(again).get("currentStatus").asString()).isEqualTo("ACTIVE");
    assertThat(eventsOf(id)).hasSize(2);
  }

  @Test
  void aStaleIfMatchIsRefusedWith412AndNoEvent() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();
    http.post("/api/v1/users/" + id + "/activate", null, Map.of("If-Match", "\"1\""));

    HttpResponse<String> stale = http.post("/api/v1/users/" + id + "/roles", "{\"role\": \"STAFF\"}", Map.of("If-Match", "\"1\""));

    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(body(stale).get("currentVersion").asLong()).isEqualTo(2);
    assertThat(eventsOf(id)).hasSize(2);
  }

  @Test
  void aRepeatedIdempotencyKeyReturnsTheOriginalResponseAndRecordsOneEvent() {
    String email = uniqueEmail();
    Map<String, String> key = Map.of("Idempotency-Key", "register-" + UUID.randomUUID());

    HttpResponse<String> first = register(email, key);
    HttpResponse<String> second = register(email, key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(first.statusCode());
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(eventsOf(body(first).get("id").asString())).hasSize(1);
  }

  @Test
  void twoConcurrentRegistrationsWithOneEmailGiveOneSuccessAndOneConflict() throws Exception {
    String email = uniqueEmail();
    CountDownLatch start = new CountDownLatch(1);
    var a = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> register(email, Map.of())));
    var b = CompletableFuture.supplyAsync(() -> awaitThen(start, () -> register(email.toUpperCase(), Map.of())));
    start.countDown();

    List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());

    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    HttpResponse<String> conflict = a.get().statusCode() == 409 ? a.get() : b.get();
    assertThat(body(conflict).get("errors").get(0).get("field").asString()).isEqualTo("email");
  }

  @Test
  void anIdempotencyKeyConflictLeavesNoClaimBehind() {
    String key = "conflict-" + UUID.randomUUID();
    String honest = uniqueEmail();
    assertThat(register(uniqueEmail(), Map.of("Idempotency-Key", key)).statusCode()).isEqualTo(201);

    assertThat(register(honest, Map.of("Idempotency-Key", key)).statusCode()).isEqualTo(422);

    assertThat(register(honest, Map.of()).statusCode()).as("the address was given back").isEqualTo(201);
  }

  @Test
  void aCustomerReadsAndEditsOnlyTheirOwnAccountAndCannotGrantRoles() {
    IdentityFixture identity = IdentityFixture.forUserServiceUnderTest();
    Tokens.Person ada = identity.newCustomer();
    Tokens.Person bob = identity.newCustomer();
    HttpTestClient asAda = http.as(ada.token());
    String profile = "{\"firstName\": \"Mallory\", \"lastName\": \"M\"}";

    assertThat(asAda.get("/api/v1/users/" + ada.userId()).statusCode()).isEqualTo(200);
    assertThat(asAda.put("/api/v1/users/" + ada.userId() + "/profile", profile, Map.of()).statusCode()).isEqualTo(200);
    assertThat(asAda.get("/api/v1/users/" + bob.userId()).statusCode()).isEqualTo(404);
    assertThat(asAda.put("/api/v1/users/" + bob.userId() + "/profile", profile, Map.of()).statusCode()).isEqualTo(404);
    assertThat(asAda.post("/api/v1/users/" + ada.userId() + "/roles", "{\"role\": \"ADMIN\"}", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(asAda.post("/api/v1/users", registration(uniqueEmail()), Map.of()).statusCode()).isEqualTo(403);
    assertThat(eventsOf(bob.userId())).extracting(Envelope::getEventType).containsExactly("user.registered");
    assertThat(eventsOf(ada.userId())).extracting(Envelope::getEventType, Envelope::getActor).containsExactly(
        org.assertj.core.groups.Tuple.tuple("user.registered", "service:auth-server"),
        org.assertj.core.groups.Tuple.tuple("user.profile-updated", "user:" + ada.userId()));
  }

  @Test
  void commandRoundTripsAreTimedByOutcome() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();
    http.post("/api/v1/users/" + id + "/activate", null, Map.of());
    http.post("/api/v1/users/" + id + "/activate", null, Map.of());

    String metrics = http.get("/actuator/prometheus").body();

    assertThat(metrics).contains("eventdesign_commands_seconds_count{application=\"user-service\",outcome=\"accepted\",topic=\"users.commands\"}");
    assertThat(metrics).contains("eventdesign_commands_seconds_count{application=\"user-service\",outcome=\"invalid_state\",topic=\"users.commands\"}");
  }

  @Test
  void anUnknownUserIsNotFound() {
    String unknown = UUID.randomUUID().toString();

    assertThat(http.get("/api/v1/users/" + unknown).statusCode()).isEqualTo(404);
    assertThat(http.post("/api/v1/users/" + unknown + "/activate", null, Map.of()).statusCode()).isEqualTo(404);
    assertThat(eventsOf(unknown)).isEmpty();
  }

  @Test
  void aDeactivatedUserCannotBeChanged() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();
    http.post("/api/v1/users/" + id + "/deactivate", "{\"reason\": \"left\"}", Map.of());

    HttpResponse<String> update = http.put("/api/v1/users/" + id + "/profile",
        "{\"firstName\": \"A\", \"lastName\": \"B\"}", Map.of());

    assertThat(update.statusCode()).isEqualTo(409);
    assertThat(body(update).get("currentStatus").asString()).isEqualTo("DEACTIVATED");
  }

  @Test
  void profileAndRolesChangeTheState() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();

    HttpResponse<String> profile = http.put("/api/v1/users/" + id + "/profile", """
        {"firstName": "Augusta", "lastName": "King", "avatarUrl": "https://img.example/a.png",
         "timeZone": "Europe/London", "language": "en-GB"}""", Map.of());
    HttpResponse<String> granted = http.post("/api/v1/users/" + id + "/roles", "{\"role\": \"DESIGNER\"}", Map.of());
    HttpResponse<String> revoked = http.delete("/api/v1/users/" + id + "/roles/DESIGNER", Map.of());

    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(body(profile).get("timeZone").asString()).isEqualTo("Europe/London");
    assertThat(body(granted).get("roles").get(0).asString()).isEqualTo("DESIGNER");
    assertThat(body(revoked).get("roles").size()).isZero();
    assertThat(revoked.headers().firstValue("ETag")).contains("\"4\"");
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndRecordsNothing() {
    String id = body(register(uniqueEmail(), Map.of())).get("id").asString();
    int before = eventCount();

    assertProblem(registrar.post("/api/v1/users", "{\"email\": ", Map.of()), 400, "body");
    assertProblem(registrar.post("/api/v1/users", "{\"firstName\": \"A\", \"lastName\": \"B\"}", Map.of()), 422, "email");
    assertProblem(registrar.post("/api/v1/users", "{\"email\": \"a@b.co\", \"firstName\": 12, \"lastName\": \"B\"}", Map.of()), 400, "firstName");
    assertProblem(registrar.post("/api/v1/users", registration("not-an-email"), Map.of()), 422, "email");
    assertProblem(registrar.post("/api/v1/users", "{\"email\": \"a@b.co\", \"firstName\": \"A\", \"lastName\": \"B\", \"nickname\": \"x\"}", Map.of()), 400, "nickname");
    assertProblem(http.post("/api/v1/users/" + id + "/roles", "{\"role\": \"EMPEROR\"}", Map.of()), 400, "role");
    assertProblem(http.delete("/api/v1/users/" + id + "/roles/EMPEROR", Map.of()), 400, "role");
    assertProblem(http.put("/api/v1/users/" + id + "/profile", "{\"firstName\": \"A\", \"lastName\": \"B\", \"timeZone\": \"Mars/Olympus\"}", Map.of()), 422, "timeZone");
    assertProblem(registrar.post("/api/v1/users", registration(uniqueEmail()), Map.of("Content-Type", "text/plain")), 415, "Content-Type");
    assertProblem(registrar.post("/api/v1/users", registration(uniqueEmail()), Map.of("If-Match", "v1")), 400, "If-Match");
    String huge = "{\"email\": \"a@b.co\", \"firstName\": \"" + "x".repeat(100_000) + "\", \"lastName\": \"B\"}";
    assertThat(registrar.post("/api/v1/users", huge, Map.of()).statusCode()).isEqualTo(413);

    assertThat(eventCount()).isEqualTo(before);
  }

  private void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode problem = body(response);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("errors")).as(response.body()).isNotNull();
    assertThat(problem.get("errors").findValuesAsString("field")).as(response.body()).contains(field);
  }

  private static <T> T awaitThen(CountDownLatch latch, java.util.function.Supplier<T> action) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return action.get();
  }
}

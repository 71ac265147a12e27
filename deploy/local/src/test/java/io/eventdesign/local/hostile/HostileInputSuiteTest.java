package io.eventdesign.local.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.LocalSystem;
import io.eventdesign.local.MappedEndpoint;
import io.eventdesign.local.OnLocalSystem;
import io.eventdesign.local.hostile.HostileCase.Service;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole public surface under hostile input, against the real system (all four services, a real
 * Kafka broker, a real PostgreSQL): every generated case must be refused with a 4xx problem and
 * change nothing on any topic or in any table. The seed is printed and can be fixed with
 * {@code -Dhostile.seed=...}.
 */
class HostileInputSuiteTest extends OnLocalSystem {

  private static final Map<Service, Integer> ports = new EnumMap<>(Service.class);
  private static final Map<String, String> fixtures = new LinkedHashMap<>();
  /**
   * Every case is sent with the admin's token (a case that sets its own Authorization keeps it), but those
   * to request-service's event intake, which only integrations may call: with the local integration's.
   */
  private static String admin;
  private static String integration;
  private static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void startTheSystemWithFixtures() throws Exception {
    ports.put(Service.USERS, system.userServicePort());
    ports.put(Service.REQUESTS, system.requestServicePort());
    ports.put(Service.PAYMENTS, system.paymentServicePort());
    ports.put(Service.PROJECTIONS, system.projectionServicePort());
    ports.put(Service.AUTH, system.authServerPort());
    awaitReady(system);
    LocalLogins logins = new LocalLogins(system);
    admin = logins.admin();
    integration = logins.tokens().clientCredentials(system.accounts().integrationClientId(),
        system.accounts().integrationClientSecret(), "events.write");
    Tokens.Person customer = logins.newCustomer();
    HttpTestClient requests = client(Service.REQUESTS).as(customer.token());
    HttpTestClient payments = client(Service.PAYMENTS).as(customer.token());

    fixtures.put("user", customer.userId());
    // the customer's sign-up created their tenant and its workspace (the registration saga)
    HttpTestClient users = client(Service.USERS).as(customer.token());
    String tenant = io.eventdesign.user.tenant.TenantIds.forRegistration(customer.userId());
    Await.until("the customer's tenant", () -> users.get("/api/v1/tenants/" + tenant).statusCode() == 200);
    fixtures.put("tenant", tenant);
    String workspace = json.readTree(users.get("/api/v1/tenants/" + tenant).body()).path("workspaceIds").get(0).asString();
    Await.until("the customer's workspace", () -> users.get("/api/v1/workspaces/" + workspace).statusCode() == 200);
    fixtures.put("workspace", workspace);
    fixtures.put("invitation", java.util.UUID.randomUUID().toString());  // none open: a revocation of it is a 404
    fixtures.put("draft", created(requests.post("/api/v1/requests",
        "{\"productId\":\"logo\",\"designCode\":\"LOGO-FIXTURE-1\"}", Map.of())));
    String submitted = created(requests.post("/api/v1/requests", "{\"productId\":\"logo\",\"designCode\":\"LOGO-FIXTURE-2\"}", Map.of()));
    requests.put("/api/v1/requests/" + submitted + "/answers/brand-name", "{\"text\":\"Fixture\"}", Map.of());
    requests.put("/api/v1/requests/" + submitted + "/answers/style", "{\"options\":[\"bold\"]}", Map.of());
    assertThat(requests.post("/api/v1/requests/" + submitted + "/submit",
        "{\"email\":\"fixture@example.com\",\"paymentMethodToken\":\"tok_fail_card_declined\"}", Map.of()).statusCode())
        .isEqualTo(200);
    fixtures.put("request", submitted);
    JsonNode payment = Await.until("the fixture's payment has failed", () -> {
      JsonNode found = json.readTree(payments.get("/api/v1/payments?requestId=" + submitted).body());
      return java.util.Optional.ofNullable(found.isArray() && !found.isEmpty()
          && found.get(0).path("status").asString("").equals("FAILED") ? found.get(0) : null);
    });
    fixtures.put("payment", payment.get("id").asString());
    fixtures.put("intent", payment.get("providerIntentId").asString());
    fixtures.put("product", "logo");
    fixtures.put("aggregateType", "user");
    fixtures.put("question", "brand-name");
    fixtures.put("role", "DESIGNER");
    fixtures.put("projection", "users");
    fixtures.put("replay", UUID.randomUUID().toString());
    HttpTestClient projections = client(Service.PROJECTIONS);
    JsonNode events = Await.until("an event in the event log", () -> {
      JsonNode page = json.readTree(projections.get("/api/v1/events?aggregateType=user&limit=1").body());
      return java.util.Optional.ofNullable(page.path("items").isEmpty() ? null : page);
    });
    fixtures.put("event", events.path("items").get(0).path("eventId").asString());
  }

  /** Every service ready (its Kafka Streams application running), so no case meets a store still restoring. */
  static void awaitReady(LocalSystem system) {
    for (int port : List.of(system.userServicePort(), system.requestServicePort(), system.paymentServicePort(),
        system.projectionServicePort())) {
      HttpTestClient service = new HttpTestClient("http://localhost:" + port);
      Await.until("service on port " + port + " ready", () -> service.get("/actuator/health/readiness").statusCode() == 200);
    }
  }

  @Test
  void everyEndpointOfEveryServiceHasHostileCases() {
    Set<String> mapped = new TreeSet<>();
    for (ConfigurableApplicationContext service : system.serviceContexts()) {
      MappedEndpoint.of(service).stream().filter(endpoint -> endpoint.pattern().startsWith("/api/"))
          .forEach(endpoint -> mapped.add(endpoint.shape()));
    }
    Set<String> covered = new TreeSet<>();
    Endpoints.all().forEach(endpoint ->
        covered.add(endpoint.method() + " " + endpoint.path().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}")));
    assertThat(mapped).isNotEmpty();
    assertThat(covered).containsAll(mapped);
    assertThat(mapped).containsAll(covered);
  }

  @Test
  void everyHostileRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
    long seed = Long.getLong("hostile.seed", System.nanoTime());
    System.out.println("Hostile input suite seed: " + seed + " (rerun with -Dhostile.seed=" + seed + ")");
    HostileCases generator = new HostileCases(fixtures, seed);
    List<HostileCase> cases = new ArrayList<>();
    Endpoints.all().forEach(endpoint -> cases.addAll(generator.forEndpoint(endpoint)));
    for (Service service : Service.values()) {
      cases.addAll(generator.protocol(service));
    }
    cases.addAll(new Webhooks(system.webhookSecret(), fixtures.get("payment"), fixtures.get("intent")).cases());

    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    List<String> failures;
    List<String> late;
    try (SystemSnapshot.Reader reader = reader()) {
      SystemSnapshot start = settled(reader);
      failures = run(cases, ports::get, reader, statuses);
      Thread.sleep(2000); // anything a refused request set off in the background shows by now
      late = reader.take().changesSince(start, true);
    }
    System.out.println("Hostile input suite: " + cases.size() + " cases, statuses " + statuses + ", "
        + failures.size() + " failed");
    failures.forEach(failure -> System.out.println("  FAILED " + failure));
    assertThat(failures).as(failures.size() + " of " + cases.size() + " cases").isEmpty();
    assertThat(late).as("changed after the cases (outside the command transport)").isEmpty();
    assertThat(cases).hasSizeGreaterThan(1000);
  }

  /**
   * The suite can fail: against an endpoint that answers a perfect problem but writes to a topic, and
   * against one that writes nothing but answers 200, every case is a failure.
   */
  @Test
  void theSuiteCatchesLenientEndpoints() throws Exception {
    HostileCases generator = new HostileCases(fixtures, 1);
    List<HostileCase> cases = new ArrayList<>();
    Endpoints.all().stream().filter(e -> e.service() == Service.USERS).forEach(e -> cases.addAll(generator.forEndpoint(e)));
    try (SystemSnapshot.Reader reader = reader();
        LenientEndpoint writesButAnswersAProblem = LenientEndpoint.writingTo(system.kafkaBootstrapServers());
        LenientEndpoint acceptsEverything = LenientEndpoint.accepting()) {
      settled(reader);
      for (LenientEndpoint lenient : List.of(writesButAnswersAProblem, acceptsEverything)) {
        List<String> caught = run(cases, service -> lenient.port(), reader, new java.util.TreeMap<>());
        assertThat(caught).as(lenient.toString()).hasSameSizeAs(cases);
      }
    }
  }

  /** Runs the cases one by one; each failure names the case and what was wrong. */
  private static List<String> run(List<HostileCase> cases, java.util.function.Function<Service, Integer> portOf,
      SystemSnapshot.Reader reader, Map<Integer, Integer> statuses) {
    List<String> failures = new ArrayList<>();
    SystemSnapshot before = reader.take();
    for (HostileCase hostile : cases) {
      RawHttp.Response response = sendRetryingWhileNotReady(portOf.apply(hostile.service()), hostile);
      statuses.merge(response.status(), 1, Integer::sum);
      SystemSnapshot after = reader.take();
      List<String> violations = ProblemOracle.violations(hostile, response, before, after);
      if (!violations.isEmpty()) {
        failures.add(hostile + ": " + violations + " body " + abbreviate(response.body()));
      }
      before = after;
    }
    return failures;
  }

  /**
   * A 503 {@code /problems/not-ready} (a state store restoring during a rebalance) says nothing about
   * the input: the case is sent again after the Retry-After, as a client would, a few times at most.
   */
  private static RawHttp.Response sendRetryingWhileNotReady(int port, HostileCase hostile) {
    String token = postsToTheEventIntake(hostile) ? integration : admin;
    RawHttp.Response response = RawHttp.send(port, RawHttp.withBearer(hostile.request(), token));
    for (int retry = 0; retry < 15 && response.status() == 503 && response.body().contains("/problems/not-ready"); retry++) {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      response = RawHttp.send(port, RawHttp.withBearer(hostile.request(), token));
    }
    return response;
  }

  private static boolean postsToTheEventIntake(HostileCase hostile) {
    String head = new String(hostile.request(), 0, Math.min(hostile.request().length, 256), java.nio.charset.StandardCharsets.ISO_8859_1);
    return hostile.service() == Service.REQUESTS && head.matches("(?s)[A-Z]+ /api/v1/events[ ?].*");
  }

  private static SystemSnapshot.Reader reader() throws java.sql.SQLException {
    return new SystemSnapshot.Reader(system.kafkaBootstrapServers(), system.postgresJdbcUrl());
  }

  /** A snapshot once nothing has changed for three seconds (the fixtures' saga has finished). */
  static SystemSnapshot settled(SystemSnapshot.Reader reader) throws InterruptedException {
    SystemSnapshot last = reader.take();
    for (int quiet = 0, waited = 0; quiet < 3; waited++) {
      Thread.sleep(1000);
      SystemSnapshot now = reader.take();
      assertThat(waited).as("the system settles within a minute; still changing: " + now.changesSince(last, false))
          .isLessThan(60);
      quiet = now.equals(last) ? quiet + 1 : 0;
      last = now;
    }
    return last;
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asString();
  }

  /** The admin's client: the admin passes every rule of the access table, so each case meets the input checks. */
  private static HttpTestClient client(Service service) {
    return new HttpTestClient("http://localhost:" + ports.get(service), admin);
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "..." : body;
  }
}

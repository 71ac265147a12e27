package io.eventdesign.local.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.eventdesign.auth.key.SigningKeys;
import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.OnLocalSystem;
import io.eventdesign.user.tenant.TenantIds;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access table of docs/security.md, cell by cell, on the whole local system with real tokens from
 * its authorization server: every endpoint for anonymous, customer A (the owner of the fixtures),
 * customer B, staff, admin and a read-only service client, and for bad tokens (expired, not yet valid,
 * another issuer, another audience, {@code alg: none}, a tampered signature, another key). A refused
 * cell must answer its status as a problem and change nothing on any topic or table; refusals run first,
 * from a settled system, then the allowed cells.
 */
class AccessMatrixTest extends OnLocalSystem {

  enum Who { ANONYMOUS, CUSTOMER_A, CUSTOMER_B, STAFF, ADMIN, SERVICE }

  /**
   * What a cell expects: access granted (any status but 401, 403 and 404), a 200 that holds A's
   * submitted request (A's own list), a 200 that names none of customer A's ids, requests and payments
   * (another customer's list), or one refusal status.
   */
  enum Expect {
    OK(0), WITH_A(0), NONE_OF_A(0), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404);

    final int status;

    Expect(int status) {
      this.status = status;
    }
  }

  record Row(HostileCase.Service service, String method, String path, String body, Map<Who, Expect> cells) {
    @Override
    public String toString() {
      return service + " " + method + " " + path;
    }
  }

  private static final Map<Who, String> tokens = new EnumMap<>(Who.class);
  private static final Map<String, String> ids = new LinkedHashMap<>();
  private static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void startWithTwoCustomersAndTheirData() throws Exception {
    HostileInputSuiteTest.awaitReady(system);
    LocalLogins logins = new LocalLogins(system);
    Tokens.Person a = logins.newCustomer();
    Tokens.Person b = logins.newCustomer();
    Tokens.Person c = logins.newCustomer();
    tokens.put(Who.CUSTOMER_A, a.token());
    tokens.put(Who.CUSTOMER_B, b.token());
    tokens.put(Who.STAFF, logins.staff());
    tokens.put(Who.ADMIN, logins.admin());
    tokens.put(Who.SERVICE, logins.tokens().clientCredentials(system.accounts().serviceClientId(),
        system.accounts().serviceClientSecret(), "api.read metrics.read"));
    ids.put("{a}", a.userId());
    ids.put("{c}", c.userId());
    HttpTestClient requests = client(HostileCase.Service.REQUESTS, Who.CUSTOMER_A);
    String draft = created(requests.post("/api/v1/requests", "{\"productId\":\"logo\",\"designCode\":\"LOGO-ACL-1\"}", Map.of()));
    String submitted = created(requests.post("/api/v1/requests", "{\"productId\":\"logo\",\"designCode\":\"LOGO-ACL-2\"}", Map.of()));
    requests.put("/api/v1/requests/" + submitted + "/answers/brand-name", "{\"text\":\"Acl\"}", Map.of());
    requests.put("/api/v1/requests/" + submitted + "/answers/style", "{\"options\":[\"bold\"]}", Map.of());
    assertThat(requests.post("/api/v1/requests/" + submitted + "/submit",
        "{\"email\":\"acl@example.com\",\"paymentMethodToken\":\"tok_fail_card_declined\"}", Map.of()).statusCode()).isEqualTo(200);
    HttpTestClient payments = client(HostileCase.Service.PAYMENTS, Who.CUSTOMER_A);
    JsonNode payment = Await.until("A's payment has failed", () -> Optional.of(json.readTree(
        payments.get("/api/v1/payments?requestId=" + submitted).body())).filter(p -> p.size() == 1
            && p.get(0).path("status").asString("").equals("FAILED")).map(p -> p.get(0)));
    ids.put("{draft}", draft);
    ids.put("{request}", submitted);
    ids.put("{payment}", payment.get("id").asString());
    HttpTestClient projections = client(HostileCase.Service.PROJECTIONS, Who.ADMIN);
    JsonNode event = Await.until("A's request in the event log", () -> Optional.of(json.readTree(projections.get(
        "/api/v1/events/aggregates/request/" + submitted).body())).filter(e -> e.isArray() && !e.isEmpty()).map(e -> e.get(0)));
    ids.put("{event}", event.get("eventId").asString());
    ids.put("{correlation}", event.get("correlationId").asString());
    // A's sign-up created A's tenant and its workspace (the registration saga)
    HttpTestClient users = client(HostileCase.Service.USERS, Who.CUSTOMER_A);
    String tenant = TenantIds.forRegistration(a.userId());
    Await.until("A's tenant", () -> users.get("/api/v1/tenants/" + tenant).statusCode() == 200);
    String workspace = json.readTree(users.get("/api/v1/tenants/" + tenant).body()).path("workspaceIds").get(0).asString();
    Await.until("A's workspace", () -> users.get("/api/v1/workspaces/" + workspace).statusCode() == 200);
    ids.put("{tenant}", tenant);
    ids.put("{workspace}", workspace);
    HttpTestClient aProjected = client(HostileCase.Service.PROJECTIONS, Who.CUSTOMER_A);
    Await.until("A's tenant and workspace projected", () -> aProjected.get("/api/v1/tenants/" + tenant).statusCode() == 200
        && aProjected.get("/api/v1/workspaces/" + workspace).statusCode() == 200);
  }

  private static Map<Who, Expect> cells(Expect anonymous, Expect a, Expect b, Expect staff, Expect admin, Expect service) {
    Map<Who, Expect> cells = new EnumMap<>(Who.class);
    cells.put(Who.ANONYMOUS, anonymous);
    cells.put(Who.CUSTOMER_A, a);
    cells.put(Who.CUSTOMER_B, b);
    cells.put(Who.STAFF, staff);
    cells.put(Who.ADMIN, admin);
    cells.put(Who.SERVICE, service);
    return cells;
  }

  private static final Expect OK = Expect.OK;
  private static final Expect E401 = Expect.UNAUTHORIZED;
  private static final Expect E403 = Expect.FORBIDDEN;
  private static final Expect E404 = Expect.NOT_FOUND;

  /** The table of docs/security.md. */
  static List<Row> table() {
    var users = HostileCase.Service.USERS;
    var requests = HostileCase.Service.REQUESTS;
    var payments = HostileCase.Service.PAYMENTS;
    var projections = HostileCase.Service.PROJECTIONS;
    var auth = HostileCase.Service.AUTH;
    String profile = "{\"firstName\":\"Acl\",\"lastName\":\"Test\"}";
    return List.of(
        new Row(users, "POST", "/api/v1/users", "{\"email\":\"acl-new@example.com\",\"firstName\":\"N\",\"lastName\":\"N\"}",
            cells(E401, E403, E403, E403, E403, E403)),
        new Row(users, "GET", "/api/v1/users/{a}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(users, "PUT", "/api/v1/users/{a}/profile", profile, cells(E401, OK, E404, E403, OK, E403)),
        new Row(users, "POST", "/api/v1/users/{c}/activate", null, cells(E401, E403, E403, E403, OK, E403)),
        new Row(users, "POST", "/api/v1/users/{c}/roles", "{\"role\":\"DESIGNER\"}", cells(E401, E403, E403, E403, OK, E403)),
        new Row(users, "DELETE", "/api/v1/users/{c}/roles/DESIGNER", null, cells(E401, E403, E403, E403, OK, E403)),
        new Row(users, "POST", "/api/v1/users/{c}/deactivate", "{\"reason\":\"acl\"}", cells(E401, E403, E403, E403, OK, E403)),
        new Row(users, "GET", "/api/v1/tenants/{tenant}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(users, "PUT", "/api/v1/tenants/{tenant}", "{\"name\":\"Acl\"}", cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "POST", "/api/v1/tenants/{tenant}/workspaces", "{\"name\":\"Acl\"}", cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "POST", "/api/v1/tenants", "{\"name\":\"Acl\"}", cells(E401, OK, OK, OK, OK, E403)),
        new Row(users, "GET", "/api/v1/workspaces/{workspace}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(users, "PUT", "/api/v1/workspaces/{workspace}", "{\"name\":\"Acl\"}", cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "POST", "/api/v1/workspaces/{workspace}/members", "{\"userId\":\"{c}\",\"role\":\"VIEWER\"}",
            cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "DELETE", "/api/v1/workspaces/{workspace}/members/{c}", null, cells(E401, OK, E404, OK, OK, E403)),
        // the first invitation takes a seat; the same address again is a 409 (answered, so access was granted)
        new Row(users, "POST", "/api/v1/workspaces/{workspace}/invitations", "{\"email\":\"acl-invited@example.com\",\"role\":\"VIEWER\"}",
            cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "PUT", "/api/v1/tenants/{tenant}/plan", "{\"plan\":\"TEAM\"}", cells(E401, OK, E404, OK, OK, E403)),
        new Row(users, "POST", "/api/v1/tenants/{tenant}/deactivate", "{\"reason\":\"acl\"}", cells(E401, E403, E403, E403, OK, E403)),
        new Row(requests, "GET", "/api/v1/products", null, cells(OK, OK, OK, OK, OK, OK)),
        new Row(requests, "GET", "/api/v1/products/logo", null, cells(OK, OK, OK, OK, OK, OK)),
        new Row(requests, "POST", "/api/v1/requests", "{\"productId\":\"logo\",\"designCode\":\"LOGO-ACL-3\"}",
            cells(E401, OK, OK, OK, OK, E403)),
        new Row(requests, "GET", "/api/v1/requests/{draft}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(requests, "PUT", "/api/v1/requests/{draft}/answers/brand-name", "{\"text\":\"Acl\"}",
            cells(E401, OK, E404, OK, OK, E403)),
        new Row(requests, "POST", "/api/v1/requests/{draft}/submit", "{\"email\":\"acl@example.com\"}",
            cells(E401, OK, E404, OK, OK, E403)),
        new Row(requests, "POST", "/api/v1/requests/{request}/design/start", null, cells(E401, E403, E403, OK, OK, E403)),
        new Row(requests, "POST", "/api/v1/requests/{request}/design/complete", "{\"resultUrl\":\"https://files.example/a.svg\"}",
            cells(E401, E403, E403, OK, OK, E403)),
        new Row(requests, "POST", "/api/v1/requests/{draft}/cancel", "{\"reason\":\"acl\"}", cells(E401, OK, E404, OK, OK, E403)),
        // the event intake is for integrations with events.write (FeedApiIntegrationTest posts as one); nobody else
        new Row(requests, "POST", "/api/v1/events", "{\"eventType\":\"feed.design-progress-reported\",\"payload\":"
            + "{\"requestId\":\"{request}\",\"stage\":\"REVIEW\",\"percent\":90}}", cells(E401, E403, E403, E403, E403, E403)),
        new Row(payments, "GET", "/api/v1/payments/{payment}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(payments, "GET", "/api/v1/payments?requestId={request}", null, cells(E401, OK, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(payments, "POST", "/api/v1/payments/{payment}/retry", null, cells(E401, OK, E404, OK, OK, E403)),
        new Row(projections, "GET", "/api/v1/users/{a}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/users", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/requests", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/requests?status=SUBMITTED", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/requests/{request}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/requests/{request}?asOf=2999-01-01T00:00:00Z", null,
            cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/requests/{request}/answers", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/payments/{payment}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/payments/{payment}?asOf=2999-01-01T00:00:00Z", null,
            cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/tenants/{tenant}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/tenants/{tenant}?asOf=2999-01-01T00:00:00Z", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/tenants", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/workspaces/{workspace}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/workspaces/{workspace}/members", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/workspaces", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/workspaces?tenantId={tenant}", null,
            cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events?aggregateType=tenant", null,
            cells(E401, OK, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events", null, cells(E401, OK, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events?aggregateType=request", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events?aggregateId={request}", null, cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events?correlationId={correlation}", null,
            cells(E401, Expect.WITH_A, Expect.NONE_OF_A, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/{event}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/aggregates/request/{request}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/aggregates/payment/{payment}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/aggregates/user/{a}", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/aggregates/request/{request}/states", null, cells(E401, OK, E404, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/live", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/{event}/processing", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/{event}/rows", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/aggregates/request/{request}/rows", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/processing?topic=users.events&partition=0&offset=0", null,
            cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/unprocessed?consumer=state-topologies", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/stats", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(users, "GET", "/api/v1/status", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(requests, "GET", "/api/v1/status", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(payments, "GET", "/api/v1/status", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/status/services", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/status", null, cells(E401, E403, E403, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/types", null, cells(E401, OK, OK, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/events/manifest", null, cells(E401, OK, OK, OK, OK, OK)),
        new Row(projections, "GET", "/api/v1/admin/projections", null, cells(E401, E403, E403, E403, OK, E403)),
        new Row(projections, "GET", "/api/v1/admin/dead-letters", null, cells(E401, E403, E403, E403, OK, E403)),
        // nothing is parked there: the admin is let through to a 404, everyone else stops at the door
        new Row(projections, "GET", "/api/v1/admin/dead-letters/record?topic=users.events&partition=0&offset=999999999", null,
            cells(E401, E403, E403, E403, E404, E403)),
        new Row(projections, "GET", "/api/v1/admin/audit", null, cells(E401, E403, E403, E403, OK, E403)),
        new Row(projections, "GET", "/actuator/prometheus", null, cells(E401, E403, E403, E403, OK, OK)),
        new Row(users, "GET", "/actuator/health", null, cells(OK, OK, OK, OK, OK, OK)),
        // the staff console's files and login settings hold no data: everyone may load them
        new Row(projections, "GET", "/console/", null, cells(OK, OK, OK, OK, OK, OK)),
        new Row(projections, "GET", "/console/config.json", null, cells(OK, OK, OK, OK, OK, OK)),
        // the authorization server: sign-up, discovery and keys are for everyone (a token sent along is ignored)
        new Row(auth, "POST", "/signup", "{\"email\":\"acl-signup@example.com\",\"password\":\"a long enough password\","
            + "\"firstName\":\"Sign\",\"lastName\":\"Up\"}", cells(OK, OK, OK, OK, OK, OK)),
        new Row(auth, "GET", "/.well-known/openid-configuration", null, cells(OK, OK, OK, OK, OK, OK)),
        new Row(auth, "GET", "/oauth2/jwks", null, cells(OK, OK, OK, OK, OK, OK)));
  }

  @Test
  void everyCellOfTheAccessTableHoldsAndRefusalsChangeNothing() throws Exception {
    List<String> failures = new ArrayList<>();
    try (SystemSnapshot.Reader reader = new SystemSnapshot.Reader(system.kafkaBootstrapServers(), system.postgresJdbcUrl())) {
      SystemSnapshot before = HostileInputSuiteTest.settled(reader);
      for (Row row : table()) {
        for (Who who : Who.values()) {
          Expect expect = row.cells().get(who);
          if (expect == Expect.OK || expect == Expect.WITH_A || expect == Expect.NONE_OF_A) {
            continue;
          }
          HttpResponse<String> response = send(row, tokens.get(who));
          SystemSnapshot after = reader.take();
          check(row, row + " as " + who, expect, response, failures);
          after.changesSince(before, expect == Expect.NOT_FOUND)
              .forEach(change -> failures.add(row + " as " + who + " changed " + change));
          before = after;
        }
        for (Map.Entry<String, String> bad : badTokens().entrySet()) {
          if (row.cells().get(Who.ANONYMOUS) == Expect.OK) {
            continue;
          }
          HttpResponse<String> response = send(row, bad.getValue());
          SystemSnapshot after = reader.take();
          check(row, row + " with " + bad.getKey(), Expect.UNAUTHORIZED, response, failures);
          after.changesSince(before, false).forEach(change -> failures.add(row + " with " + bad.getKey() + " changed " + change));
          before = after;
        }
      }
    }
    for (Row row : table()) {
      for (Who who : Who.values()) {
        Expect expect = row.cells().get(who);
        if (expect == Expect.OK || expect == Expect.WITH_A || expect == Expect.NONE_OF_A) {
          check(row, row + " as " + who, expect, send(row, tokens.get(who)), failures);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** What a list of A's must hold: A's tenant, A's workspace, or (everywhere else) A's request. */
  private static String aMark(Row row) {
    return ids.get(row.path().startsWith("/api/v1/workspaces") ? "{workspace}"
        : row.path().startsWith("/api/v1/tenants") ? "{tenant}" : "{request}");
  }

  private static void check(Row row, String cell, Expect expect, HttpResponse<String> response, List<String> failures) {
    int status = response.statusCode();
    switch (expect) {
      case OK -> {
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
          failures.add(cell + ": expected access, got " + status + " " + response.body());
        }
      }
      case WITH_A -> {
        if (status != 200 || !response.body().contains(aMark(row))) {
          failures.add(cell + ": expected a list with A's " + aMark(row) + ", got " + status + " " + response.body());
        }
      }
      case NONE_OF_A -> {
        if (status != 200 || ids.entrySet().stream().filter(id -> List.of("{a}", "{draft}", "{request}", "{payment}", "{tenant}", "{workspace}").contains(id.getKey()))
            .anyMatch(id -> response.body().contains(id.getValue()))) {
          failures.add(cell + ": expected a list without A's data, got " + status + " " + response.body());
        }
      }
      default -> {
        if (status != expect.status) {
          failures.add(cell + ": expected " + expect.status + ", got " + status + " " + response.body());
        } else if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
          failures.add(cell + ": the refusal is not a problem");
        } else if (status == 401 && response.headers().firstValue("WWW-Authenticate").filter(v -> v.startsWith("Bearer")).isEmpty()) {
          failures.add(cell + ": a 401 without WWW-Authenticate: Bearer");
        }
      }
    }
  }

  private static HttpResponse<String> send(Row row, String token) {
    return client(row.service(), token).send(row.method(), withIds(row.path()), row.body() == null ? null : withIds(row.body()),
        Map.of());
  }

  private static String withIds(String text) {
    String resolved = text;
    for (Map.Entry<String, String> id : ids.entrySet()) {
      resolved = resolved.replace(id.getKey(), id.getValue());
    }
    return resolved;
  }

  private static HttpTestClient client(HostileCase.Service service, Who who) {
    return client(service, tokens.get(who));
  }

  private static HttpTestClient client(HostileCase.Service service, String token) {
    int port = switch (service) {
      case USERS -> system.userServicePort();
      case REQUESTS -> system.requestServicePort();
      case PAYMENTS -> system.paymentServicePort();
      case PROJECTIONS -> system.projectionServicePort();
      case AUTH -> system.authServerPort();
    };
    return new HttpTestClient("http://localhost:" + port, token);
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("id").asString();
  }

  /**
   * Tokens that must all be refused: made from the admin's real token, re-signed with the local
   * authorization server's own key where the point is a bad claim, so only that claim is wrong.
   */
  private static Map<String, String> badTokens() throws Exception {
    String admin = tokens.get(Who.ADMIN);
    JWTClaimsSet real = SignedJWT.parse(admin).getJWTClaimsSet();
    RSAKey key = (RSAKey) JWKSet.parse(Files.readString(dataDir.resolve("auth/signing-keys.json"))).getKeys().getFirst();
    Instant now = Instant.now();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("an expired token", sign(key, key.getKeyID(), claims(real).issueTime(Date.from(now.minusSeconds(3600)))
        .notBeforeTime(Date.from(now.minusSeconds(3600))).expirationTime(Date.from(now.minusSeconds(1800))).build()));
    bad.put("a token not yet valid", sign(key, key.getKeyID(), claims(real).notBeforeTime(Date.from(now.plusSeconds(1800))).build()));
    bad.put("another issuer", sign(key, key.getKeyID(), claims(real).issuer("http://localhost:1/other").build()));
    bad.put("another audience", sign(key, key.getKeyID(), claims(real).audience("another-api").build()));
    RSAKey stranger = SigningKeys.newKey();
    bad.put("another key with the same key id", sign(stranger, key.getKeyID(), real));
    String[] parts = admin.split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[signature.length / 2] ^= 0x01;
    bad.put("a tampered signature", parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    bad.put("alg none", none + "." + parts[1] + ".");
    String hmacHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
        ("{\"alg\":\"HS256\",\"kid\":\"" + key.getKeyID() + "\"}").getBytes(StandardCharsets.UTF_8));
    bad.put("HMAC with the public key", hmac(hmacHeader + "." + parts[1], key.toPublicJWK().toJSONString()));
    return bad;
  }

  private static JWTClaimsSet.Builder claims(JWTClaimsSet real) {
    return new JWTClaimsSet.Builder(real).jwtID(UUID.randomUUID().toString());
  }

  private static String sign(RSAKey key, String keyId, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String hmac(String signingInput, String secret) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
        mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
  }
}

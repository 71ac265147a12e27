package io.eventdesign.local.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.local.OnLocalSystem;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization server's public edge holds the same rules as the services': a bad sign-up is a
 * problem naming the field (or a 4xx problem from the container), never a 5xx, and leaves no account,
 * no event and no row behind.
 */
class SignUpEdgeTest extends OnLocalSystem {

  private static HttpTestClient auth;
  private static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() throws Exception {
    HostileInputSuiteTest.awaitReady(system);
    auth = new HttpTestClient(system.issuer());
  }

  private static String withInvitation(String email, String invitation) {
    return "{\"email\":\"" + email + "\",\"password\":\"a long enough password\",\"firstName\":\"A\",\"lastName\":\"L\","
        + "\"invitation\":\"" + invitation + "\"}";
  }

  private static String signUp(String email, String password, String firstName) {
    return "{\"email\":" + email + ",\"password\":" + password + ",\"firstName\":" + firstName + ",\"lastName\":\"L\"}";
  }

  @Test
  void badSignUpsAreProblemsNamingTheFieldAndLeaveNothingBehind() throws Exception {
    try (SystemSnapshot.Reader reader = new SystemSnapshot.Reader(system.kafkaBootstrapServers(), system.postgresJdbcUrl());
        Connection database = DriverManager.getConnection(system.postgresJdbcUrl(), "postgres", "")) {
      SystemSnapshot before = HostileInputSuiteTest.settled(reader);
      long accountsBefore = accounts(database);
      List<String> failures = new ArrayList<>();
      Map<String, Object[]> cases = new java.util.LinkedHashMap<>();
      cases.put("NUL in a name", new Object[] {signUp("\"a@example.com\"", "\"a long enough password\"", "\"A\\u0000\""), 422, "firstName"});
      cases.put("not an address", new Object[] {signUp("\"nope\"", "\"a long enough password\"", "\"A\""), 422, "email"});
      cases.put("zero-width space in the address", new Object[] {signUp("\"z\\u200b@example.com\"", "\"a long enough password\"", "\"A\""), 422, "email"});
      cases.put("short password", new Object[] {signUp("\"b@example.com\"", "\"short\"", "\"A\""), 422, "password"});
      cases.put("password with a control character", new Object[] {signUp("\"c@example.com\"", "\"a long\\u0007enough password\"", "\"A\""), 422, "password"});
      cases.put("number for a name", new Object[] {signUp("\"d@example.com\"", "\"a long enough password\"", "12"), 400, "firstName"});
      cases.put("unknown field", new Object[] {"{\"email\":\"e@example.com\",\"password\":\"a long enough password\",\"firstName\":\"A\",\"lastName\":\"L\",\"roles\":[\"ADMIN\"]}", 400, "roles"});
      cases.put("duplicate key", new Object[] {"{\"email\":\"f@example.com\",\"email\":\"g@example.com\",\"password\":\"a long enough password\",\"firstName\":\"A\",\"lastName\":\"L\"}", 400, null});
      cases.put("malformed JSON", new Object[] {"{\"email\":", 400, null});
      cases.put("not an invitation code", new Object[] {withInvitation("j@example.com", "nope"), 422, "invitation"});
      cases.put("NUL in an invitation code", new Object[] {withInvitation("l@example.com", "a\\u0000b"), 422, "invitation"});
      cases.put("an overlong invitation code", new Object[] {withInvitation("m@example.com", "x".repeat(201)), 422, "invitation"});
      cases.put("huge body", new Object[] {signUp("\"h@example.com\"", "\"" + "p".repeat(40_000) + "\"", "\"A\""), 413, null});
      for (var entry : cases.entrySet()) {
        HttpResponse<String> response = auth.post("/signup", (String) entry.getValue()[0], Map.of());
        check(entry.getKey(), response, (Integer) entry.getValue()[1], (String) entry.getValue()[2], failures);
      }
      check("form-encoded", auth.post("/signup", "email=i@example.com", Map.of("Content-Type", "application/x-www-form-urlencoded")),
          415, null, failures);
      check("malformed escape in the path", RawHttpResponse.of(RawHttp.send(URI.create(system.issuer()).getPort(),
          "GET /signup%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII))),
          400, null, failures);
      assertThat(failures).isEmpty();
      assertThat(accounts(database)).as("no account was created").isEqualTo(accountsBefore);
      assertThat(reader.take().changesSince(before, false)).as("nothing on any topic or table").isEmpty();

      // a well-formed code naming no invitation is looked up on the workspace, as an unknown id is: a
      // command and its refusal, nothing else
      SystemSnapshot beforeLookup = reader.take();
      check("an invitation code nobody issued", auth.post("/signup", withInvitation("k@example.com",
          java.util.UUID.randomUUID() + "." + java.util.UUID.randomUUID() + "." + "x".repeat(43)), Map.of()), 422, "invitation",
          failures);
      assertThat(failures).isEmpty();
      assertThat(accounts(database)).as("no account was created").isEqualTo(accountsBefore);
      assertThat(reader.take().changesSince(beforeLookup, true)).as("no event, no row, no claim").isEmpty();
    }
  }

  private static void check(String name, HttpResponse<String> response, int status, String field, List<String> failures) {
    check(name, new RawHttpResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body()), status, field, failures);
  }

  private static void check(String name, RawHttpResponse response, int status, String field, List<String> failures) {
    if (response.status() != status) {
      failures.add(name + ": " + response.status() + " " + response.body());
    } else if (!response.contentType().startsWith("application/problem+json")) {
      failures.add(name + ": not a problem: " + response.contentType());
    } else if (field != null && !json.readTree(response.body()).path("errors").findValuesAsString("field").contains(field)) {
      failures.add(name + ": the problem does not name " + field + ": " + response.body());
    }
  }

  private record RawHttpResponse(int status, String contentType, String body) {
    static RawHttpResponse of(RawHttp.Response response) {
      return new RawHttpResponse(response.status(), response.contentType(), response.body());
    }
  }

  private static long accounts(Connection database) throws Exception {
    try (var rows = database.createStatement().executeQuery("select count(*) from auth.account")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}

package io.eventdesign.local.hostile;

import io.eventdesign.local.hostile.Endpoints.Endpoint;
import io.eventdesign.local.hostile.Endpoints.Field;
import io.eventdesign.local.hostile.Endpoints.Kind;
import io.eventdesign.local.hostile.Endpoints.Param;
import io.eventdesign.local.hostile.HostileCase.Service;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the hostile requests: for every endpoint, each body field replaced in turn by values of
 * the wrong type and by strings the text policy refuses for the field's kind, required fields left
 * out, bodies that are not JSON, not UTF-8, duplicated, nested too deep or too large, wrong content
 * types, bad headers, path segments and query parameters of every refused shape, unsupported methods,
 * and (seeded, reproducible) random control and invisible characters placed into valid values.
 */
final class HostileCases {

  /** Strings every string field refuses, as JSON tokens (escapes keep lone surrogates intact). */
  private static final List<String> REFUSED_ANYWHERE = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0001a\"",
      "\"a\\u001b[31m\"", "\"a\\u007f\"", "\"a\\u0085\"", "\"a\\u009f\"", "\"\\ud800\"", "\"a\\udc00b\"",
      "\"\\ud83d\"", "\"a\\ufffe\"", "\"a\\ufdd0\"", "\"   \"", "\"\"", "\"\\t\"", "12", "1.5", "true", "[]", "{}");
  private static final List<String> REFUSED_IN_A_LINE = List.of("\"a\\nb\"", "\"a\\rb\"", "\"a\\u2028b\"");
  private static final List<String> REFUSED_IN_AN_IDENTIFIER = List.of("\"a\\u200bb\"", "\"\\ufeffa\"",
      "\"a\\u202eb\"", "\"a b\"", "\"a\\u00a0b\"", "\"a\\u00adb\"", "\"a\\u2066b\"");
  private static final Map<Kind, List<String>> REFUSED_FOR = Map.of(
      Kind.EMAIL, List.of("\"ada@example\"", "\"ada@@example.com\"", "\"ada@example.com.\"", "\"ada\\u200b@example.com\"",
          "\"\\\"ada\\\"@example.com\"", "\"ada@exa mple.com\""),
      Kind.URL, List.of("\"javascript:alert(1)\"", "\"ftp://files.example/a\"", "\"http://\"", "\"https://u:p@x.example/\"",
          "\"files.example/a\""),
      Kind.ENUM, List.of("\"designer\"", "\" DESIGNER\"", "\"DESIGNER \"", "\"DESIGNER\\u0000\"", "3", "\"3\"",
          "\"CUSTOMER\\u200b\"", "\"\"", "{}", "[\"DESIGNER\"]", "true"),
      Kind.INSTANT, List.of("\"+1000000000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"",
          "\"2026-02-30T00:00:00Z\"", "1767225600", "\"yesterday\"", "\"\"", "\"2026-01-01T00:00:00Z\\u0000\"", "true"),
      Kind.IDENTIFIER_LIST, List.of("[]", "[\"\"]", "[\"\\u0000\"]", "[null]", "[1]", "\"user.registered\"", "[[\"x\"]]",
          "[\"nope.nope\"]", "[\"user.registered\\u200b\"]", "{}"),
      Kind.PROGRESS_PAYLOAD, progressPayloads());

  /** Payloads of a feed.design-progress-reported its schema refuses, each for one reason. */
  private static List<String> progressPayloads() {
    String valid = "\"requestId\":\"3f2b8c1e-9d4a-4e7b-a5c6-1b2d3e4f5a6b\",\"stage\":\"DRAFTING\",\"percent\":40";
    return List.of("{}", "[]", "\"payload\"", "1", "true", "{" + valid + ",\"extra\":1}",
        "{" + valid.replace("40", "101") + "}", "{" + valid.replace("40", "-1") + "}", "{" + valid.replace("40", "\"40\"") + "}",
        "{" + valid.replace("40", "40.5") + "}", "{" + valid.replace("40", "null") + "}",
        "{" + valid.replace("DRAFTING", "drafting") + "}", "{" + valid.replace("DRAFTING", "DRAFTING\\u200b") + "}",
        "{" + valid.replace("3f2b8c1e", "3F2B8C1E") + "}", "{" + valid.replace("3f2b8c1e-", "") + "}",
        "{" + valid + ",\"note\":\"a\\u0000b\"}", "{" + valid + ",\"note\":\"" + "x".repeat(1001) + "\"}",
        "{" + valid + ",\"note\":\"  \"}", "{" + valid + ",\"note\":{}}");
  }

  private static final List<String> BAD_INTEGERS = List.of("0x10", "-1", "1e3", "%2B5", "99999999999999999999", "abc",
      "%201", "1.5", "", "%00", "0%00");
  private static final List<String> BAD_INSTANTS = List.of("%2B1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
      "10000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "yesterday", "1767225600", "2026-01-01T00:00:00Z%00", "");
  private static final List<String> BAD_TEXT = List.of("%00", "a%00b", "%01", "a%7Fb", "%C2%85", "%C3%28", "%zz",
      "%E2%80%A8", "a%0Ab", "%ED%A0%80", "%C0%80", "%");
  private static final List<String> BAD_ENUMS = List.of("nope", "%20ACTIVE", "active", "ACTIVE%00", "3", "%E2%80%8BACTIVE");
  private static final List<String> BAD_BOOLEANS = List.of("yes", "1", "TRUE", "on", "true%00", "");
  private static final List<String> BAD_PATH_SEGMENTS = List.of("not-a-uuid", "%00", "a%2Fb", "a%5Cb", "%5C",
      "%E2%80%8B00000000-0000-0000-0000-000000000000", "%C3%28", "%zz", "%", "00000000-0000-0000-0000-00000000000%00",
      "a%0Db", "%2E%2E%2F%2E%2E%2F", "x".repeat(300));
  private static final List<String> UNSUPPORTED_METHODS = List.of("TRACE", "PATCH", "FOO", "PROPFIND");

  private static final Pattern WELL_FORMED_QUESTION = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private final Map<String, String> fixtures;
  private final Random random;

  HostileCases(Map<String, String> fixtures, long seed) {
    this.fixtures = fixtures;
    this.random = new Random(seed);
  }

  List<HostileCase> forEndpoint(Endpoint endpoint) {
    List<HostileCase> cases = new ArrayList<>();
    if (endpoint.path().startsWith("/api/v1/payments/webhooks")) {
      return cases; // a case family of its own (Webhooks)
    }
    if (endpoint.body() != null) {
      bodyFields(endpoint, cases);
      wholeBodies(endpoint, cases);
    }
    if (endpoint.sendsCommand()) {
      headers(endpoint, cases);
    }
    pathSegments(endpoint, cases);
    queryParameters(endpoint, cases);
    methods(endpoint, cases);
    return cases;
  }

  private void bodyFields(Endpoint endpoint, List<HostileCase> cases) {
    for (Field field : endpoint.fields()) {
      List<String> values = new ArrayList<>(field.kind() == Kind.ENUM || field.kind() == Kind.INSTANT
          || field.kind() == Kind.IDENTIFIER_LIST ? List.of() : REFUSED_ANYWHERE);
      if (field.kind() != Kind.MULTILINE && values.size() > 0) {
        values.addAll(REFUSED_IN_A_LINE);
      }
      if (field.kind() == Kind.IDENTIFIER || field.kind() == Kind.EMAIL || field.kind() == Kind.URL) {
        values.addAll(REFUSED_IN_AN_IDENTIFIER);
      }
      values.addAll(REFUSED_FOR.getOrDefault(field.kind(), List.of()));
      if (field.maxLength() > 0 && field.kind() != Kind.IDENTIFIER_LIST) {
        values.add("\"" + "x".repeat(field.maxLength() + 1) + "\"");
      }
      if (field.required()) {
        values.add("null");
      }
      values.add(randomlyPoisoned(endpoint, field));
      for (String value : values) {
        cases.add(request(endpoint).json(withField(endpoint.body(), field.name(), value))
            .named("field " + field.name() + " = " + abbreviate(value)));
      }
      if (field.required()) {
        cases.add(request(endpoint).json(withField(endpoint.body(), field.name(), null))
            .named("field " + field.name() + " missing"));
      }
    }
  }

  /** A valid value of the field with a random refused character (control, surrogate, invisible) placed at random. */
  private String randomlyPoisoned(Endpoint endpoint, Field field) {
    String valid = valueOf(endpoint.body(), field.name());
    String text = valid.startsWith("\"") ? valid.substring(1, valid.length() - 1) : "x";
    int[] poisons = field.kind() == Kind.MULTILINE ? new int[] {0x00, 0x01, 0x08, 0x0b, 0x0c, 0x1f, 0x7f, 0x80, 0x9f, 0xd800}
        : new int[] {0x00, 0x01, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9f, 0xdbff, 0x2028};
    int poison = poisons[random.nextInt(poisons.length)];
    int at = random.nextInt(text.length() + 1);
    return "\"" + text.substring(0, at) + String.format("\\u%04x", poison) + text.substring(at) + "\"";
  }

  private void wholeBodies(Endpoint endpoint, List<HostileCase> cases) {
    String body = endpoint.body();
    String firstField = endpoint.fields().getFirst().name();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    bodies.put("truncated JSON", body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8));
    bodies.put("trailing garbage", (body + " x").getBytes(StandardCharsets.UTF_8));
    bodies.put("two documents", (body + body).getBytes(StandardCharsets.UTF_8));
    bodies.put("an array", ("[" + body + "]").getBytes(StandardCharsets.UTF_8));
    bodies.put("a string", "\"x\"".getBytes(StandardCharsets.UTF_8));
    bodies.put("a number", "42".getBytes(StandardCharsets.UTF_8));
    bodies.put("an unknown field", withField(body, "isAdmin", "true").getBytes(StandardCharsets.UTF_8));
    bodies.put("a field in other case", withField(body, firstField.toUpperCase(), valueOf(body, firstField))
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("a duplicate key", ("{\"" + firstField + "\":" + valueOf(body, firstField) + "," + body.substring(1))
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("deep nesting", ("{\"" + firstField + "\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("invalid UTF-8", utf8With(body, firstField, new byte[] {(byte) 0xC3, 0x28}));
    bodies.put("an overlong NUL", utf8With(body, firstField, new byte[] {(byte) 0xC0, (byte) 0x80}));
    bodies.put("an encoded surrogate", utf8With(body, firstField, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    bodies.put("a body over 64 KB", withField(body, firstField, "\"" + "x".repeat(70_000) + "\"")
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("comments", ("/* x */" + body).getBytes(StandardCharsets.UTF_8));
    bodies.put("single quotes", body.replace('"', '\'').getBytes(StandardCharsets.UTF_8));
    bodies.put("NaN", withField(body, firstField, "NaN").getBytes(StandardCharsets.UTF_8));
    if (!endpoint.bodyOptional()) {
      bodies.put("no body", new byte[0]);
      bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
      bodies.put("an empty object", "{}".getBytes(StandardCharsets.UTF_8));
    }
    bodies.forEach((name, bytes) -> cases.add(request(endpoint).body(bytes, "application/json").named(name)));
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json-patch+json")) {
      cases.add(request(endpoint).body(body.getBytes(StandardCharsets.UTF_8), type).named("Content-Type " + type));
    }
  }

  private void headers(Endpoint endpoint, List<HostileCase> cases) {
    Map<String, List<String>> bad = Map.of(
        "Idempotency-Key", List.of("a b", "x".repeat(256), "k\u00e9y", "k\tey"),
        "If-Match", List.of("abc", "\"-1\"", "W/\"1\"", "\"99999999999999999999\"", "1"),
        // a bad token replaces the valid one the suite sends: refused before anything runs
        "Authorization", List.of("Bearer", "Bearer not.a.jwt", "Basic YWRtaW46YWRtaW4=", "Bearer " + "x".repeat(300),
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIl19."),
        "X-Correlation-Id", List.of("c d", "x".repeat(256)));
    bad.forEach((header, values) -> values.forEach(value -> {
      HostileCase.Builder builder = request(endpoint).header(header, value);
      if (endpoint.body() != null) {
        builder.json(endpoint.body());
      }
      cases.add(builder.named("header " + header + ": " + abbreviate(value)));
    }));
  }

  private void pathSegments(Endpoint endpoint, List<HostileCase> cases) {
    Matcher placeholders = Pattern.compile("\\{(\\w+)}").matcher(endpoint.path());
    while (placeholders.find()) {
      String placeholder = placeholders.group();
      List<String> segments = new ArrayList<>(BAD_PATH_SEGMENTS);
      if (placeholder.equals("{role}")) {
        segments.addAll(List.of("designer", "%20DESIGNER", "DESIGNER%20", "DESIGNER%00", "3"));
      }
      for (String segment : segments) {
        String path = Endpoints.resolve(endpoint.path().replace(placeholder, segment), fixtures);
        HostileCase.Builder builder = HostileCase.to(endpoint.service(), endpoint.method(), path);
        if (endpoint.body() != null) {
          builder.json(endpoint.body());
        }
        if (placeholder.equals("{question}") && WELL_FORMED_QUESTION.matcher(segment).matches()) {
          builder.reachesAggregate(); // only the request's product knows its questions
        }
        cases.add(builder.named("path " + placeholder + " = " + abbreviate(segment)));
      }
    }
  }

  private void queryParameters(Endpoint endpoint, List<HostileCase> cases) {
    for (Param param : endpoint.params()) {
      List<String> values = switch (param.kind()) {
        case INTEGER -> BAD_INTEGERS;
        case INSTANT -> BAD_INSTANTS;
        case BOOLEAN -> BAD_BOOLEANS;
        case ENUM -> BAD_ENUMS;
        case CURSOR -> List.of("garbage!!", cursor("2026-01-01T00:00:00Z|\u0000"), cursor("+1000000000-01-01T00:00:00Z|x"),
            cursor("nope"), cursor("2026-01-01T00:00:00Z|"), "%00");
        default -> BAD_TEXT;
      };
      for (String value : values) {
        String path = Endpoints.resolve(endpoint.path(), fixtures);
        path += (path.contains("?") ? "&" : "?") + param.name() + "=" + value;
        cases.add(HostileCase.to(endpoint.service(), endpoint.method(), path)
            .named("query " + param.name() + "=" + abbreviate(value)));
      }
    }
  }

  private void methods(Endpoint endpoint, List<HostileCase> cases) {
    for (String method : UNSUPPORTED_METHODS) {
      cases.add(HostileCase.to(endpoint.service(), method, Endpoints.resolve(endpoint.path(), fixtures))
          .named("method " + method));
    }
  }

  /** Requests below the API: the HTTP protocol itself, answered by the servlet container. */
  List<HostileCase> protocol(Service service) {
    String user = "/api/v1/users/" + fixtures.get("user");
    return List.of(
        HostileCase.to(service, "GET", user).header("X-Big", "x".repeat(20_000)).named("a header over the size limit"),
        HostileCase.to(service, "GET", user + "?q=" + "x".repeat(20_000)).named("a URL over the size limit"),
        HostileCase.to(service, "GET", user).version("HTTP/2.0").named("an unsupported HTTP version"),
        HostileCase.to(service, "GET", user).version("HTTP/1.1 x").named("a malformed request line"),
        HostileCase.to(service, "GET", "/api/v1/users/%2e%2e/%2e%2e/actuator").named("encoded dot segments"),
        HostileCase.to(service, "GET", "/api/v1/users\\..\\x").named("backslashes in the path"),
        HostileCase.to(service, "GET", "/api/v1/users/a%00b").named("NUL in the path"),
        HostileCase.to(service, "GET", "/api/v1/users/a%2fb").named("an encoded slash"),
        HostileCase.to(service, "GET", "/api/v1/users/a%ZZ").named("malformed percent-encoding in the path"),
        HostileCase.to(service, "GET", "/api/v1/nothing-here").named("an unknown path"),
        HostileCase.to(service, "CONNECT", "localhost:443").named("CONNECT"),
        HostileCase.to(service, "TRACE", "/").named("TRACE at the root"),
        HostileCase.to(service, "GET", "/api/v1/users?x=%").named("a lone percent in the query"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Content-Length", "-1").named("a negative Content-Length"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Transfer-Encoding", "gzip, chunked, x")
            .named("an unknown transfer encoding"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Transfer-Encoding", "chunked").json("{}")
            .named("both Content-Length and chunked"),
        HostileCase.to(service, "GET", "/api/v1/users/not-a-uuid").header("Accept", "text/html").named("an error for a browser"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Accept", "text/html").json("{\"email\":")
            .named("a malformed body from a browser"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Accept", "application/xml").json("{\"email\":1}")
            .named("a malformed body asking for XML"),
        HostileCase.to(service, "GET", "/api/v1/users?" + "a=1&".repeat(1500) + "b=2").named("1500 query parameters"),
        HostileCase.to(service, "GET", "/api/v1/users?page=1&page=2").named("a parameter given twice"),
        HostileCase.to(service, "POST", "/api/v1/users").json("{\"email\":\"" + "x".repeat(70_000) + "\"}").chunked()
            .named("a chunked body over 64 KB"),
        HostileCase.to(service, "POST", "/api/v1/users").header("Content-Length", "99999999999").json("{}")
            .named("two Content-Lengths that disagree"),
        HostileCase.to(service, "GET", "/error").named("the error page asked for directly"),
        HostileCase.to(service, "POST", "/error").json("{}").named("the error page posted to"),
        HostileCase.to(service, "OPTIONS", user).header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST").named("a CORS preflight from another origin"),
        HostileCase.to(service, "GET", "/actuator/nothing").named("an unknown actuator endpoint"),
        HostileCase.to(service, "POST", "/actuator/health").json("{}").named("a POST to health"),
        HostileCase.to(service, "GET", "/").named("the root"),
        HostileCase.to(service, "GET", "/api").named("the API root"));
  }

  private HostileCase.Builder request(Endpoint endpoint) {
    return HostileCase.to(endpoint.service(), endpoint.method(), Endpoints.resolve(endpoint.path(), fixtures));
  }

  /** The body with {@code field} set to the JSON token {@code value} (removed when null); flat objects only. */
  static String withField(String body, String field, String value) {
    Map<String, String> fields = fields(body);
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    StringBuilder json = new StringBuilder("{");
    fields.forEach((name, token) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(token));
    return json.append('}').toString();
  }

  private static String valueOf(String body, String field) {
    return fields(body).get(field);
  }

  /** Splits a JSON object of this catalogue's bodies (flat, or with flat objects as values) into its fields' raw tokens. */
  private static Map<String, String> fields(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher field = Pattern.compile("\"(\\w+)\":(\"(?:[^\"\\\\]|\\\\.)*\"|\\[[^\\]]*]|\\{[^{}]*}|[^,}]+)").matcher(body);
    while (field.find()) {
      fields.put(field.group(1), field.group(2));
    }
    return fields;
  }

  private static byte[] utf8With(String body, String field, byte[] raw) {
    String marker = "\"\u0001MARK\u0001\"";
    String[] parts = withField(body, field, marker).split(marker, -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((parts[0] + "\"a").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(("b\"" + parts[1]).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String cursor(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String value) {
    String shown = value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    return shown.replaceAll("[^\\x20-\\x7e]", "?");
  }
}

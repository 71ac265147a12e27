package io.eventdesign.local.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read models against the topics: every design request's and user's row is at its last event's version, and
 * every projection table is identical (checksum over its rows) after projection-service rebuilt it from
 * the topics, so the live path applied each event exactly once.
 */
final class ReadModelChecks {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /** Every column but the one recording when a row was written. */
  private static final String CHECKSUM = "SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) "
      + "FROM (SELECT (to_jsonb(t) - 'recorded_at')::text AS r FROM %s t) rows";

  private final String jdbcUrl;

  ReadModelChecks(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** Every design request's and user's row is at the version of its aggregate's last event. */
  List<String> versionViolations(EventLog log) throws Exception {
    List<String> violations = new ArrayList<>();
    try (Connection database = connect()) {
      violations.addAll(versionViolations(database, "design_request_states", log.requestsById()));
      violations.addAll(versionViolations(database, "users", log.usersById()));
    }
    return violations;
  }

  private static List<String> versionViolations(Connection database, String table, java.util.Map<String, List<EventLog.Event>> aggregates)
      throws Exception {
    List<String> violations = new ArrayList<>();
    try (PreparedStatement select = database.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
      for (var aggregate : aggregates.entrySet()) {
        select.setString(1, aggregate.getKey());
        try (ResultSet row = select.executeQuery()) {
          long expected = aggregate.getValue().size();
          if (!row.next()) {
            violations.add(aggregate.getKey() + ": no row in " + table);
          } else if (row.getLong(1) != expected) {
            violations.add(aggregate.getKey() + ": row of " + table + " at version " + row.getLong(1) + ", events up to " + expected);
          }
        }
      }
    }
    return violations;
  }

  /** Rebuilds each projection through projection-service's admin API, one after another, comparing checksums. */
  List<String> rebuildViolations(String projectionService, String adminToken) throws Exception {
    List<String> violations = new ArrayList<>();
    for (JsonNode table : call(projectionService + "/api/v1/admin/projections", "GET", adminToken)) {
      String name = table.asString();
      String before = checksum(name);
      String path = projectionService + "/api/v1/admin/projections/" + name + "/rebuild";
      call(path + "?reason=chaos%20run%20check", "POST", adminToken);
      String state = "";
      for (long deadline = System.currentTimeMillis() + 300_000; System.currentTimeMillis() < deadline; Thread.sleep(500)) {
        state = call(path, "GET", adminToken).get("state").asString();
        if (state.equals("COMPLETED") || state.equals("FAILED")) {
          break;
        }
      }
      if (!state.equals("COMPLETED")) {
        violations.add("the rebuild of " + name + " ended " + state);
      } else if (!checksum(name).equals(before)) {
        violations.add("table " + name + " differs from its rebuild from the topics");
      }
    }
    return violations;
  }

  private static JsonNode call(String url, String method, String token) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token).method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private String checksum(String table) throws Exception {
    try (Connection database = connect(); Statement statement = database.createStatement();
        ResultSet result = statement.executeQuery(CHECKSUM.formatted(table))) {
      result.next();
      return result.getString(1);
    }
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(jdbcUrl, "postgres", "");
  }
}

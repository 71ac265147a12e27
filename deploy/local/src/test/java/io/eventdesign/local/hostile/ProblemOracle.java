package io.eventdesign.local.hostile;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verdict on one hostile case: the answer must be a 4xx {@code application/problem+json} whose
 * {@code type} is one of ours ({@code /problems/...}) and whose {@code status} is the response's, with
 * {@code X-Content-Type-Options: nosniff}, and nothing may have changed anywhere.
 */
final class ProblemOracle {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemOracle() {}

  static List<String> violations(HostileCase hostile, RawHttp.Response response, SystemSnapshot before,
      SystemSnapshot after) {
    List<String> violations = new ArrayList<>();
    if (response.status() < 400 || response.status() > 499) {
      violations.add("status " + response.status() + " (a refused request is a 4xx)");
    }
    if (!response.contentType().startsWith("application/problem+json")) {
      violations.add("Content-Type '" + response.contentType() + "' (must be application/problem+json)");
    } else {
      try {
        JsonNode problem = JSON.readTree(response.body());
        if (!problem.path("type").asString("").startsWith("/problems/")) {
          violations.add("problem type '" + problem.path("type").asString("") + "' is not one of /problems/*");
        }
        if (problem.path("status").asInt(-1) != response.status()) {
          violations.add("problem status " + problem.path("status") + " differs from " + response.status());
        }
      } catch (RuntimeException e) {
        violations.add("the problem body is not JSON: " + e.getMessage());
      }
    }
    if (!"nosniff".equals(response.headers().get("x-content-type-options"))) {
      violations.add("no X-Content-Type-Options: nosniff");
    }
    after.changesSince(before, hostile.reachesAggregate()).forEach(change -> violations.add("changed: " + change));
    return violations;
  }
}

package io.eventdesign.auth.account;

import io.eventdesign.auth.token.ServiceTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/** user-service as the authorization server sees it: where people are registered and hold their roles. */
public final class UserDirectory {

  /** What became of a registration. */
  public sealed interface Registration {
    /** Recorded (now or by an earlier attempt with the same key): the person's user id. */
    record Recorded(String userId) implements Registration {}

    /** Refused for good, e.g. the address belongs to another user: the problem to show. */
    record Refused(int status, String problem) implements Registration {}

    /** Not known: user-service did not answer in time; try again with the same key. */
    record Unknown(String reason) implements Registration {}
  }

  /** Longer than user-service's command timeout, so its own 503 arrives rather than a time-out here. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

  private final RestClient http;
  private final ServiceTokens tokens;

  public UserDirectory(URI userService, ServiceTokens tokens) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
    requests.setReadTimeout(READ_TIMEOUT);
    this.http = RestClient.builder().baseUrl(userService.toString()).requestFactory(requests).build();
    this.tokens = tokens;
  }

  public Registration register(String idempotencyKey, String email, String firstName, String lastName, String company,
      String invitation) {
    var body = new LinkedHashMap<String, Object>();
    body.put("email", email);
    body.put("firstName", firstName);
    body.put("lastName", lastName);
    if (company != null) {
      body.put("company", company);
    }
    if (invitation != null) {
      body.put("invitation", invitation);
    }
    try {
      return http.post().uri("/api/v1/users")
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
          .header("Idempotency-Key", idempotencyKey)
          .contentType(MediaType.APPLICATION_JSON)
          .body(body)
          .exchange((request, response) -> {
            HttpStatusCode status = response.getStatusCode();
            if (status.is2xxSuccessful()) {
              return new Registration.Recorded(response.bodyTo(JsonNode.class).path("id").asString());
            }
            String problem = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            // 401/403: this server's own token was refused (a configuration fault, not the person's input)
            boolean refusedForGood = status.is4xxClientError() && !Set.of(401, 403, 429).contains(status.value());
            return refusedForGood
                ? new Registration.Refused(status.value(), problem)
                : new Registration.Unknown("user-service answered " + status.value() + ": " + problem);
          });
    } catch (RestClientException e) {
      return new Registration.Unknown(e.getMessage());
    }
  }

  /**
   * The roles the user holds in user-service (empty when the user is unknown there). Any other answer
   * than the user or a 404 throws: a token is not issued with fewer roles than the person holds.
   */
  public Set<String> roles(String userId) {
    JsonNode user = http.get().uri("/api/v1/users/{id}", userId)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
        .exchange((request, response) -> {
          HttpStatusCode status = response.getStatusCode();
          if (status.value() == 404) {
            return null;
          }
          if (!status.is2xxSuccessful()) {
            throw new RestClientException("user-service answered " + status.value() + " for the user's roles");
          }
          return response.bodyTo(JsonNode.class);
        });
    Set<String> roles = new LinkedHashSet<>();
    if (user != null) {
      user.path("roles").forEach(role -> roles.add(role.asString()));
    }
    return roles;
  }

  /** Grants a role (idempotent in user-service: holding it already records nothing). */
  public void grantRole(String userId, String role) {
    http.post().uri("/api/v1/users/{id}/roles", userId)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("role", role))
        .retrieve()
        .toBodilessEntity();
  }
}

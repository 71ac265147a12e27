package io.eventdesign.projection.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services' own status ({@code GET /api/v1/status} of each), asked at once with the caller's
 * token, so the console's overview shows every service, and which one is down or unreachable, from this
 * service's origin. The services are configuration ({@code eventdesign.console.services}: name to base URL).
 */
final class ServiceStatuses {

  /**
   * One service as it answered: {@code state} is its own status ({@code UP}, {@code DOWN}, ...), or
   * {@code UNREACHABLE} when it did not answer, or {@code REFUSED} with the HTTP status it answered with.
   *
   * @param report its status document when it gave one
   */
  record Entry(String service, String url, String state, String detail, JsonNode report) {}

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final Map<String, URI> services;
  private final JsonMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  ServiceStatuses(Map<String, URI> services, JsonMapper json) {
    this.services = Map.copyOf(services);
    this.json = json;
  }

  List<Entry> ask(String authorization) {
    List<CompletableFuture<Entry>> answers = services.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(service -> ask(service.getKey(), service.getValue(), authorization)).toList();
    return answers.stream().map(CompletableFuture::join).toList();
  }

  private CompletableFuture<Entry> ask(String name, URI base, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/status")).timeout(TIMEOUT)
        .header("Accept", "application/json");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> answered(name, base, response))
        .exceptionally(failure -> new Entry(name, base.toString(), "UNREACHABLE",
            "no answer: " + rootCause(failure).getClass().getSimpleName(), null));
  }

  private Entry answered(String name, URI base, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return new Entry(name, base.toString(), "REFUSED", "answered " + response.statusCode(), null);
    }
    try {
      JsonNode report = json.readTree(response.body());
      return new Entry(name, base.toString(), report.path("status").asString("UNKNOWN"), null, report);
    } catch (RuntimeException e) {
      return new Entry(name, base.toString(), "REFUSED", "answered something that is not its status", null);
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}

package io.eventdesign.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for tests against a running service. */
public final class HttpTestClient {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String bearer;

  public HttpTestClient(String baseUrl) {
    this(baseUrl, null);
  }

  /** A client that sends {@code Authorization: Bearer <bearer>} with every request (unless a call sets its own). */
  public HttpTestClient(String baseUrl, String bearer) {
    this.baseUrl = baseUrl;
    this.bearer = bearer;
  }

  /** The same service, called with another access token (null: none). */
  public HttpTestClient as(String otherBearer) {
    return new HttpTestClient(baseUrl, otherBearer);
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, Map.of());
  }

  public HttpResponse<String> post(String path, String json, Map<String, String> headers) {
    return send("POST", path, json, headers);
  }

  public HttpResponse<String> put(String path, String json, Map<String, String> headers) {
    return send("PUT", path, json, headers);
  }

  public HttpResponse<String> delete(String path, Map<String, String> headers) {
    return send("DELETE", path, null, headers);
  }

  /**
   * The response with its body as text (of an event stream, its first event).
   *
   * @param json the body, sent as application/json unless {@code headers} set Content-Type; null for none
   */
  public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    if (json != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Authorization"))) {
      request.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(request::header);
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    try {
      return client.send(request.build(), FirstEventBody.handler());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package io.eventdesign.platform.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Whether the authorization server whose tokens the service accepts answers its discovery document
 * within a second (the service keeps validating tokens with the keys it has while it does not).
 */
final class IssuerCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final String issuer;

  IssuerCheck(String issuer) {
    this.issuer = issuer;
  }

  ServiceStatus.Dependency check() {
    if (issuer == null || issuer.isBlank()) {
      return new ServiceStatus.Dependency("authorizationServer", "UNKNOWN", "no issuer configured");
    }
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(issuer.replaceAll("/$", "")
          + "/.well-known/openid-configuration")).timeout(TIMEOUT).build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status == 200 ? new ServiceStatus.Dependency("authorizationServer", "UP", null)
          : new ServiceStatus.Dependency("authorizationServer", "DOWN", "its discovery document answered " + status);
    } catch (IOException | IllegalArgumentException e) {
      return new ServiceStatus.Dependency("authorizationServer", "DOWN", "not reachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ServiceStatus.Dependency("authorizationServer", "UNKNOWN", "interrupted");
    }
  }
}

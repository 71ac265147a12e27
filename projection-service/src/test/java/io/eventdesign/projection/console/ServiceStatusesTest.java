package io.eventdesign.projection.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services' status as the overview shows it, over real HTTP: one that answers its status (asked
 * with the caller's token), one that refuses, one nobody listens for.
 */
class ServiceStatusesTest {

  private HttpServer up;
  private HttpServer refusing;
  private final AtomicReference<String> authorizationSeen = new AtomicReference<>();

  @BeforeEach
  void services() throws IOException {
    up = serve(200, "{\"service\":\"payment-service\",\"status\":\"UP\",\"version\":\"1.2.3\",\"dependencies\":[]}",
        authorizationSeen);
    refusing = serve(401, "{\"title\":\"Unauthorized\"}", new AtomicReference<>());
  }

  @AfterEach
  void stop() {
    up.stop(0);
    refusing.stop(0);
  }

  @Test
  void eachServiceIsAskedAtOnceAndOneThatDoesNotAnswerSaysSo() throws IOException {
    int nobody;
    try (ServerSocket socket = new ServerSocket(0)) {
      nobody = socket.getLocalPort();
    }
    ServiceStatuses statuses = new ServiceStatuses(Map.of(
        "payment-service", URI.create("http://127.0.0.1:" + up.getAddress().getPort()),
        "user-service", URI.create("http://127.0.0.1:" + refusing.getAddress().getPort()),
        "request-service", URI.create("http://127.0.0.1:" + nobody)), JsonMapper.builder().build());

    List<ServiceStatuses.Entry> entries = statuses.ask("Bearer the-callers-token");

    assertThat(entries).extracting(ServiceStatuses.Entry::service)
        .containsExactly("payment-service", "request-service", "user-service");
    assertThat(entries.get(0).state()).isEqualTo("UP");
    assertThat(entries.get(0).report().get("version").asString()).isEqualTo("1.2.3");
    assertThat(entries.get(1).state()).isEqualTo("UNREACHABLE");
    assertThat(entries.get(1).detail()).startsWith("no answer");
    assertThat(entries.get(2).state()).isEqualTo("REFUSED");
    assertThat(entries.get(2).detail()).isEqualTo("answered 401");
    assertThat(authorizationSeen.get()).isEqualTo("Bearer the-callers-token");
  }

  @Test
  void withoutServicesTheListIsEmpty() {
    assertThat(new ServiceStatuses(Map.of(), JsonMapper.builder().build()).ask(null)).isEmpty();
  }

  private static HttpServer serve(int status, String body, AtomicReference<String> authorization) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/status", exchange -> {
      authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }
}

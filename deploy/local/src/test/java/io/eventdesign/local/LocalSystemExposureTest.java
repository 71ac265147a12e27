package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.HttpTestClient;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the local run exposes: nothing beyond this machine, and responses browsers cannot misuse. */
class LocalSystemExposureTest extends OnLocalSystem {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<Integer> servicePorts() {
    return List.of(system.userServicePort(), system.requestServicePort(), system.paymentServicePort(),
        system.projectionServicePort());
  }

  @Test
  void everyResponseForbidsSniffingFramingAndCaching() {
    for (int port : servicePorts()) {
      HttpTestClient service = new HttpTestClient("http://localhost:" + port);
      for (HttpResponse<String> response : List.of(service.get("/actuator/health"), service.get("/api/v1/nothing"),
          service.get("/api/v1/users?page=0x10"))) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(port + " " + response.uri()).contains("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).as(port + " " + response.uri()).contains("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(port + " " + response.uri())
            .contains("default-src 'none'; frame-ancestors 'none'");
      }
    }
  }

  @Test
  void everyServiceReportsItsVersionFeaturesAndDependenciesToStaffOnly() {
    LocalLogins logins = new LocalLogins(system);
    String staff = logins.staff();
    String customer = logins.newCustomer().token();
    for (int port : servicePorts()) {
      HttpTestClient service = new HttpTestClient("http://localhost:" + port, staff);
      HttpResponse<String> response = service.get("/api/v1/status");
      assertThat(response.statusCode()).as(port + " " + response.body()).isEqualTo(200);
      JsonNode status = JSON.readTree(response.body());
      assertThat(status.get("version").asString()).as("from the build").matches("\\d+\\.\\d+\\.\\d+.*");
      assertThat(status.get("status").asString()).isEqualTo("UP");
      assertThat(status.get("startedAt").asString()).isNotBlank();
      assertThat(status.get("features").findValuesAsString("name")).contains("openapi");
      assertThat(status.get("dependencies").findValuesAsString("name")).contains("kafkaStreams", "authorizationServer");
      status.get("dependencies").forEach(dependency ->
          assertThat(dependency.get("status").asString()).as(port + " " + dependency).isEqualTo("UP"));
      assertThat(service.as(customer).get("/api/v1/status").statusCode()).isEqualTo(403);
      assertThat(service.as(null).get("/api/v1/status").statusCode()).isEqualTo(401);
    }
    JsonNode projection = JSON.readTree(new HttpTestClient("http://localhost:" + system.projectionServicePort(), staff)
        .get("/api/v1/status").body());
    assertThat(projection.get("service").asString()).isEqualTo("projection-service");
    assertThat(projection.get("dependencies").findValuesAsString("name")).contains("db");
    assertThat(projection.get("features").findValuesAsString("name")).contains("read-models");
    JsonNode requests = JSON.readTree(new HttpTestClient("http://localhost:" + system.requestServicePort(), staff)
        .get("/api/v1/status").body());
    assertThat(requests.get("features").findValuesAsString("name")).contains("command-side");
  }

  @Test
  void theAuthorizationServerListensOnTheLoopbackInterfaceToo() {
    var tomcat = ((TomcatWebServer) ((ServletWebServerApplicationContext) system.authServerContext()).getWebServer()).getTomcat();
    Object address = tomcat.getConnector().getProperty("address");
    assertThat(((InetAddress) address).isLoopbackAddress()).as("auth server listens on " + address).isTrue();
  }

  /** Read from each service's own Tomcat connector (no traffic leaves the loopback interface in a test). */
  @Test
  void theServicesListenOnTheLoopbackInterfaceOnly() {
    for (var service : system.serviceContexts()) {
      var tomcat = ((TomcatWebServer) ((ServletWebServerApplicationContext) service).getWebServer()).getTomcat();
      Object address = tomcat.getConnector().getProperty("address");
      assertThat(address).as(service.getId()).isInstanceOf(InetAddress.class);
      assertThat(((InetAddress) address).isLoopbackAddress()).as(service.getId() + " listens on " + address).isTrue();
    }
  }
}

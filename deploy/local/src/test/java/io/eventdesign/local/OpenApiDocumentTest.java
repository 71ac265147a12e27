package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventdesign.infra.testing.HttpTestClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service (and the authorization server's sign-up) describes every REST endpoint it maps in a
 * valid OpenAPI 3.1 document at {@code /v3/api-docs}, readable without a token, with the problem responses
 * and the bearer scheme; Swagger UI is served beside it under a policy that lets its page run.
 */
class OpenApiDocumentTest extends OnLocalSystem {

  private static final JsonMapper json = JsonMapper.builder().build();

  private static List<ConfigurableApplicationContext> everyServer() {
    List<ConfigurableApplicationContext> servers = new ArrayList<>(system.serviceContexts());
    servers.add(system.authServerContext());
    return servers;
  }

  @Test
  void everyMappedEndpointIsInItsServicesDocumentAndNothingElseIs() {
    for (ConfigurableApplicationContext server : everyServer()) {
      JsonNode document = document(server);
      Set<String> documented = new TreeSet<>();
      document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
          documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
      assertThat(documented).as(server.getId()).isEqualTo(mapped(server));
    }
  }

  /** Each body's schema is its own record's (two records of one simple name must not share a schema). */
  @Test
  void everyRequestBodyIsDescribedByTheSchemaOfItsOwnRecord() {
    List<String> checked = new ArrayList<>();
    for (ConfigurableApplicationContext server : everyServer()) {
      JsonNode document = document(server);
      for (MappedEndpoint endpoint : MappedEndpoint.of(server)) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
          Class<?> body = parameter.getParameterType();
          if (!parameter.hasParameterAnnotation(RequestBody.class) || !body.isRecord()) {
            continue;
          }
          String name = server.getId() + " " + endpoint;
          JsonNode schema = document.at("/paths/" + endpoint.pattern().replace("~", "~0").replace("/", "~1") + "/"
              + endpoint.method().toLowerCase(Locale.ROOT) + "/requestBody/content/application~1json/schema");
          assertThat(schema.has("$ref")).as(name).isTrue();
          Set<String> properties = new TreeSet<>();
          document.at(schema.get("$ref").asString().substring(1) + "/properties").properties()
              .forEach(property -> properties.add(property.getKey()));
          Set<String> components = new TreeSet<>();
          for (var component : body.getRecordComponents()) {
            components.add(component.getName());
          }
          assertThat(properties).as(name + " described by " + schema.get("$ref")).isEqualTo(components);
          assertExampleValid(name, document.at(schema.get("$ref").asString().substring(1)));
          checked.add(name);
        }
      }
    }
    assertThat(checked).as("request bodies checked").hasSizeGreaterThan(20);
  }

  @Test
  void everyDocumentIsAValidOpenApi31Document() throws IOException {
    Schema openApi31;
    try (InputStream schema = getClass().getResourceAsStream("/openapi/oas-3.1-schema.json")) {
      openApi31 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(json.readTree(schema));
    }
    for (ConfigurableApplicationContext server : everyServer()) {
      JsonNode document = document(server);
      assertThat(document.get("openapi").asString()).startsWith("3.1.");
      assertThat(openApi31.validate(document)).as(server.getId()).isEmpty();
      List<String> refs = new ArrayList<>();
      collectRefs(document, refs);
      assertThat(refs).as(server.getId() + ": references").isNotEmpty()
          .allSatisfy(ref -> assertThat(document.at(ref.substring(1)).isMissingNode()).as(server.getId() + " " + ref).isFalse());
    }
  }

  /** The body's schema carries a realistic example, and the example is valid against the schema itself. */
  private static void assertExampleValid(String name, JsonNode schema) {
    JsonNode example = schema.has("example") ? schema.get("example")
        : schema.path("examples").isArray() ? schema.get("examples").get(0) : null;
    assertThat(example).as(name + ": an example").isNotNull();
    assertThat(example.isObject()).as(name + ": the example is a JSON object, not a string: " + example).isTrue();
    tools.jackson.databind.node.ObjectNode withoutExamples = ((tools.jackson.databind.node.ObjectNode) schema.deepCopy());
    withoutExamples.remove(List.of("example", "examples"));
    withoutExamples.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(withoutExamples)
        .validate(example)).as(name + ": its example").isEmpty();
  }

  /** Every local {@code $ref} in the document (the JSON schema checks their form, not that they resolve). */
  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("$ref") && field.getValue().isString()) {
          refs.add(field.getValue().asString());
        } else {
          collectRefs(field.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> collectRefs(item, refs));
    }
  }

  @Test
  void everyOperationNamesItsProblemsAndHowItIsAuthenticated() {
    for (ConfigurableApplicationContext server : everyServer()) {
      JsonNode document = document(server);
      assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
      assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).as(server.getId()).isFalse();
      document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
        String name = server.getId() + " " + operation.getKey() + " " + path.getKey();
        JsonNode responses = operation.getValue().get("responses");
        assertThat(responses.has("422")).as(name).isTrue();
        assertThat(responses.at("/422/content").has("application/problem+json")).as(name).isTrue();
        assertThat(responses.properties().stream().map(java.util.Map.Entry::getKey)).as(name + ": no 5xx for any input")
            .noneMatch(status -> status.startsWith("5") && !status.equals("503"));
      }));
    }
    JsonNode requests = document(system.serviceContexts().get(1));
    assertThat(requests.at("/paths/~1api~1v1~1products/get/security").isArray())
        .as("the catalogue is public: an empty security requirement").isTrue();
    assertThat(requests.at("/paths/~1api~1v1~1requests/post/security").isMissingNode())
        .as("creating a request takes the global bearer requirement").isTrue();
    assertThat(requests.at("/security/0/bearer").isArray()).isTrue();
  }

  @Test
  void swaggerUiIsServedUnderAPolicyThatLetsItsPageRun() {
    for (ConfigurableApplicationContext server : system.serviceContexts()) {
      HttpTestClient anonymous = new HttpTestClient("http://localhost:" + port(server));
      HttpResponse<String> page = anonymous.get("/swagger-ui/index.html");
      assertThat(page.statusCode()).as(server.getId()).isEqualTo(200);
      assertThat(page.body()).contains("swagger-ui");
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
          assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
      assertThat(anonymous.get("/swagger-ui.html").statusCode()).as("redirected to the page").isIn(200, 302);
      assertThat(anonymous.get("/api/v1/nothing").headers().firstValue("Content-Security-Policy"))
          .as("the API keeps its own policy").contains("default-src 'none'; frame-ancestors 'none'");
    }
  }

  /** The document, read as anyone on the web would (no token). */
  private static JsonNode document(ConfigurableApplicationContext server) {
    HttpResponse<String> response = new HttpTestClient("http://localhost:" + port(server)).get("/v3/api-docs");
    assertThat(response.statusCode()).as(server.getId() + " " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** What the server maps under /api (and the sign-up), as "METHOD /path/{name}". */
  private static Set<String> mapped(ConfigurableApplicationContext server) {
    Set<String> mapped = new TreeSet<>();
    MappedEndpoint.of(server).stream()
        .filter(endpoint -> endpoint.pattern().startsWith("/api/") || endpoint.pattern().equals("/signup"))
        .forEach(endpoint -> mapped.add(endpoint.toString()));
    assertThat(mapped).as(server.getId()).isNotEmpty();
    return mapped;
  }

  private static int port(ConfigurableApplicationContext server) {
    return ((WebServerApplicationContext) server).getWebServer().getPort();
  }
}

package io.eventdesign.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.user.IdentityFixture;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The design-requests API on a real broker: questionnaire rules, lifecycle conflicts and bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=" + RequestServiceApplication.CONFIG_NAME)
class RequestApiIntegrationTest {

  /** One id per test class run, so that every lookup of a property below sees the same value. */
  private static final String RUN = UUID.randomUUID().toString();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    registry.add("spring.kafka.bootstrap-servers", () -> SharedInfrastructure.kafka().bootstrapServers());
    registry.add("spring.kafka.streams.application-id", () -> "request-service-it-" + RUN);
    registry.add("spring.kafka.streams.state-dir", () -> SharedInfrastructure.newStateDir("request-it").toString());
    registry.add("eventdesign.security.issuer-uri", () -> IdentityFixture.shared().issuer());
    // docker-compose's setting: the keys from a JWKS URL of their own rather than the discovery document
    registry.add("eventdesign.security.jwk-set-uri", () -> IdentityFixture.shared().issuer() + "/oauth2/jwks");
  }

  @LocalServerPort int port;
  /** A customer of their own; {@link #staff} runs the design work. */
  private Tokens.Person customer;
  private HttpTestClient http;
  private HttpTestClient staff;
  private final JsonMapper json = JsonMapper.builder().build();

  @BeforeEach
  void client() {
    IdentityFixture identity = IdentityFixture.shared();
    customer = identity.newCustomer();
    http = new HttpTestClient("http://localhost:" + port, customer.token());
    staff = http.as(identity.staff());
  }

  private String newLogoRequest() {
    HttpResponse<String> created = http.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"LOGO-T-1\"}", Map.of());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
    return json.readTree(created.body()).get("id").asString();
  }

  private List<RequestAnswerRecorded> answersOnTheTopic(String id) {
    SingleObjectCodec codec = new SingleObjectCodec();
    return TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.REQUESTS_EVENTS.name()).stream()
        .filter(r -> id.equals(r.key()))
        .map(r -> ((DecodeResult.Decoded) codec.decode(r.value())).record())
        .filter(RequestAnswerRecorded.class::isInstance).map(RequestAnswerRecorded.class::cast).toList();
  }

  @Test
  void theCatalogueServesProductsWithTheirQuestions() {
    JsonNode logo = json.readTree(http.get("/api/v1/products/logo").body());

    assertThat(logo.get("price").asLong()).isEqualTo(14900);
    assertThat(logo.get("questions").findValuesAsString("id")).containsExactly("brand-name", "style", "references");
    assertThat(json.readTree(http.get("/api/v1/products").body()).findValuesAsString("id")).contains("logo", "business-card");
    assertThat(http.get("/api/v1/products/unknown").statusCode()).isEqualTo(404);
  }

  @Test
  void answersAreVersionedAndNeverOverwritten() {
    String id = newLogoRequest();

    http.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme\"}", Map.of());
    HttpResponse<String> second = http.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme Inc\"}", Map.of());

    JsonNode state = json.readTree(second.body());
    assertThat(state.get("answers").get(0).get("version").asInt()).isEqualTo(2);
    assertThat(state.get("answers").get(0).get("text").asString()).isEqualTo("Acme Inc");
    assertThat(answersOnTheTopic(id)).extracting(a -> a.getAnswerVersion() + ":" + a.getText())
        .containsExactly("1:Acme", "2:Acme Inc");
  }

  @Test
  void submittingWithoutTheRequiredAnswersIsRefusedNamingThem() {
    String id = newLogoRequest();
    http.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme\"}", Map.of());

    HttpResponse<String> submit = http.post("/api/v1/requests/" + id + "/submit", "{\"email\": \"a@example.com\"}", Map.of());

    assertThat(submit.statusCode()).isEqualTo(422);
    assertThat(json.readTree(submit.body()).get("errors").get(0).get("field").asString()).isEqualTo("answers");
    assertThat(json.readTree(submit.body()).get("detail").asString()).contains("style");
  }

  @Test
  void anInvalidTransitionIsAConflictWithTheCurrentStatus() {
    String id = newLogoRequest();

    HttpResponse<String> start = staff.post("/api/v1/requests/" + id + "/design/start", null, Map.of());

    assertThat(start.statusCode()).isEqualTo(409);
    assertThat(json.readTree(start.body()).get("currentStatus").asString()).isEqualTo("DRAFT");
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    String id = newLogoRequest();

    assertProblem(http.post("/api/v1/requests", "{\"productId\": \"boat\", \"designCode\": \"LOGO-1\"}", Map.of()), 422, "productId");
    assertProblem(http.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"CARD-1\"}", Map.of()), 422, "designCode");
    assertProblem(http.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"lower case\"}", Map.of()), 422, "designCode");
    assertProblem(http.put("/api/v1/requests/" + id + "/answers/style", "{\"options\": [\"neon\"]}", Map.of()), 422, "options");
    assertProblem(http.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"fileUrl\": \"https://x.example/a.png\"}", Map.of()), 422, "text");
    assertProblem(http.put("/api/v1/requests/" + id + "/answers/references", "{\"fileUrl\": \"ftp://x\"}", Map.of()), 422, "fileUrl");
    assertProblem(http.put("/api/v1/requests/" + id + "/answers/colour", "{\"text\": \"red\"}", Map.of()), 422, "questionId");
    assertProblem(http.put("/api/v1/requests/" + id + "/answers/style", "{\"options\": \"bold\"}", Map.of()), 400, "options");
    assertProblem(http.post("/api/v1/requests/" + id + "/submit", "{\"email\": \"nope\"}", Map.of()), 422, "email");
    assertProblem(http.post("/api/v1/requests/" + id + "/cancel", "{\"reason\": \"x\", \"by\": \"ROBOT\"}", Map.of()), 400, "by");
    assertThat(answersOnTheTopic(id)).isEmpty();
  }

  @Test
  void anotherCustomersRequestIsNotFoundAndNothingIsRecorded() {
    String id = newLogoRequest();
    HttpTestClient stranger = http.as(IdentityFixture.shared().newCustomer().token());

    assertThat(stranger.get("/api/v1/requests/" + id).statusCode()).isEqualTo(404);
    assertThat(stranger.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Mine\"}", Map.of())
        .statusCode()).isEqualTo(404);
    assertThat(stranger.post("/api/v1/requests/" + id + "/cancel", "{\"reason\": \"mine now\"}", Map.of())
        .statusCode()).isEqualTo(404);
    assertThat(stranger.post("/api/v1/requests/" + id + "/design/start", null, Map.of()).statusCode())
        .as("design work is staff's").isEqualTo(403);
    assertThat(answersOnTheTopic(id)).isEmpty();
    assertThat(json.readTree(http.get("/api/v1/requests/" + id).body()).get("status").asString()).isEqualTo("DRAFT");
  }

  @Test
  void theRecordedActorIsTheTokensPersonAndNoHeaderChangesIt() {
    String id = newLogoRequest();
    http.put("/api/v1/requests/" + id + "/answers/brand-name", "{\"text\": \"Acme\"}",
        Map.of("X-User-Id", "someone-else"));

    RequestAnswerRecorded answer = answersOnTheTopic(id).getFirst();
    assertThat(answer.getEnvelope().getActor()).isEqualTo("user:" + customer.userId());
    assertThat(answer.getEnvelope().getUserId()).isEqualTo(customer.userId());
  }

  @Test
  void staffCancelOnBehalfOfTheCustomerAndAreRecordedAsStaff() {
    String id = newLogoRequest();

    HttpResponse<String> cancelled = staff.post("/api/v1/requests/" + id + "/cancel", "{\"reason\": \"duplicate\"}", Map.of());

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    RequestCancelled event = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.REQUESTS_EVENTS.name())
        .stream().filter(r -> id.equals(r.key()))
        .map(r -> ((DecodeResult.Decoded) new SingleObjectCodec().decode(r.value())).record())
        .filter(RequestCancelled.class::isInstance).map(RequestCancelled.class::cast).findFirst().orElseThrow();
    assertThat(event.getCancelledBy()).isEqualTo("STAFF");
    assertThat(event.getEnvelope().getActor()).startsWith("user:").isNotEqualTo("user:" + customer.userId());
  }

  @Test
  void withoutATokenOnlyTheCatalogueIsOpen() {
    HttpTestClient anonymous = http.as(null);

    assertThat(anonymous.get("/api/v1/products/logo").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = anonymous.post("/api/v1/requests", "{\"productId\": \"logo\", \"designCode\": \"LOGO-T-2\"}", Map.of());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
  }

  private void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field")).as(response.body()).contains(field);
  }
}

package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.user.tenant.TenantIds;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Design requests belong to a workspace, on the whole system with real tokens: Ada (who signed up and owns
 * her workspace) invites Dan as an editor and Carol as a viewer; Bob has a tenant of his own. Members see
 * the workspace's requests by their role, on request-service and on the read side (rows, lists, answers,
 * events); nobody else does; Ada's personal request stays hers.
 */
class WorkspaceRequestsTest extends OnLocalSystem {

  private static LocalLogins logins;
  private static final JsonMapper json = JsonMapper.builder().build();

  @BeforeAll
  static void start() throws Exception {
    logins = new LocalLogins(system);
  }

  @Test
  void membersSeeTheirWorkspacesRequestsByTheirRoleAndNobodyElseDoes() {
    Tokens.Person ada = logins.newCustomer();
    String tenantId = TenantIds.forRegistration(ada.userId());
    String workspaceId = TenantIds.defaultWorkspaceOf(tenantId);
    Await.until("Ada's workspace on the read side", () -> Optional.of(projections(ada).get("/api/v1/workspaces/" + workspaceId))
        .filter(response -> response.statusCode() == 200));
    Tokens.Person dan = invited(ada, workspaceId, "dan", "EDITOR");
    Tokens.Person carol = invited(ada, workspaceId, "carol", "VIEWER");
    Tokens.Person bob = logins.newCustomer();

    // created in the workspace: its tenant is the request's
    JsonNode shared = createdOnceKnownAsMember(ada, workspaceId, "LOGO-SHARED-1");
    String sharedId = shared.get("id").asString();
    assertThat(shared.get("workspaceId").asString()).isEqualTo(workspaceId);
    assertThat(shared.get("tenantId").asString()).isEqualTo(tenantId);
    String personalId = body(create(ada, null, "LOGO-PERSONAL-1"), 201).get("id").asString();

    // by role on request-service: editors change it and create, viewers read, outsiders see nothing
    assertThat(answer(dan, sharedId, "Dan's brand").statusCode()).as("an editor answers Ada's request").isEqualTo(200);
    String dansId = createdOnceKnownAsMember(dan, workspaceId, "LOGO-SHARED-2").get("id").asString();
    assertThat(requests(carol).get("/api/v1/requests/" + sharedId).statusCode()).as("a viewer reads it").isEqualTo(200);
    assertProblem(answer(carol, sharedId, "Carol's brand"), 403, null);
    assertProblem(create(carol, workspaceId, "LOGO-VIEWER-1"), 403, null);
    assertThat(requests(bob).get("/api/v1/requests/" + sharedId).statusCode()).as("an outsider").isEqualTo(404);
    assertProblem(answer(bob, sharedId, "Bob's brand"), 404, null);
    assertProblem(create(bob, workspaceId, "LOGO-OUTSIDER-1"), 422, "workspaceId");
    assertProblem(create(bob, UUID.randomUUID().toString(), "LOGO-NOWHERE-1"), 422, "workspaceId");
    assertProblem(create(bob, "not-a-workspace", "LOGO-BAD-1"), 422, "workspaceId");
    assertThat(requests(carol).get("/api/v1/requests/" + personalId).statusCode()).as("Ada's personal request")
        .isEqualTo(404);

    // the read side: rows, the workspace's list, answers and events, to members only
    JsonNode row = Await.until("the shared request's row with Dan's answer", () -> Optional.of(
        projections(carol).get("/api/v1/requests/" + sharedId)).filter(r -> r.statusCode() == 200)
        .map(r -> json.readTree(r.body())).filter(r -> r.get("version").asLong() >= 2));
    assertThat(row.get("workspaceId").asString()).isEqualTo(workspaceId);
    assertThat(row.get("tenantId").asString()).isEqualTo(tenantId);
    JsonNode listed = Await.until("both workspace requests listed to Carol", () -> Optional.of(
        json.readTree(projections(carol).get("/api/v1/requests?workspaceId=" + workspaceId).body()))
        .filter(page -> page.get("items").findValuesAsString("id").containsAll(List.of(sharedId, dansId))));
    assertThat(listed.get("items").findValuesAsString("id")).doesNotContain(personalId);
    assertThat(json.readTree(projections(carol).get("/api/v1/requests").body()).get("items").findValuesAsString("id"))
        .as("Carol's whole list").containsExactlyInAnyOrder(sharedId, dansId);
    assertThat(projections(carol).get("/api/v1/requests/" + sharedId + "/answers").statusCode()).isEqualTo(200);
    assertThat(json.readTree(projections(carol).get("/api/v1/events?aggregateId=" + sharedId).body())
        .get("items").findValuesAsString("eventType")).contains("request.created", "request.answer-recorded");
    assertThat(json.readTree(projections(ada).get("/api/v1/requests").body()).get("items").findValuesAsString("id"))
        .as("Ada's list: her personal request and the workspace's").contains(sharedId, dansId, personalId);

    assertThat(projections(bob).get("/api/v1/requests/" + sharedId).statusCode()).isEqualTo(404);
    assertThat(projections(bob).get("/api/v1/requests/" + sharedId + "/answers").statusCode()).isEqualTo(404);
    assertThat(json.readTree(projections(bob).get("/api/v1/requests?workspaceId=" + workspaceId).body())
        .get("total").asLong()).isZero();
    assertThat(json.readTree(projections(bob).get("/api/v1/events?aggregateId=" + sharedId).body())
        .get("items").size()).isZero();
  }

  /** Invited by {@code owner} in {@code role}, signed up with the code, and a member on the read side. */
  private static Tokens.Person invited(Tokens.Person owner, String workspaceId, String name, String role) {
    String email = name + "-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> invitation = users(owner).post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"" + email + "\", \"role\": \"" + role + "\"}", Map.of());
    Tokens.Person member = logins.tokens().signUp(email, "a long test password", name, "Tester",
        body(invitation, 200).get("code").asString());
    Await.until(name + " a member of " + workspaceId, () -> Optional.of(
        projections(owner).get("/api/v1/workspaces/" + workspaceId + "/members?role=" + role))
        .filter(response -> response.statusCode() == 200)
        .filter(response -> json.readTree(response.body()).get("items").findValuesAsString("userId")
            .contains(member.userId())));
    return member;
  }

  /**
   * Created in the workspace, once request-service knows the membership (it reads workspaces.state, which
   * follows the workspace's events): refused with 422 until then, which records nothing, so retried.
   */
  private static JsonNode createdOnceKnownAsMember(Tokens.Person person, String workspaceId, String designCode) {
    return Await.until(designCode + " created in " + workspaceId, () -> {
      HttpResponse<String> created = requests(person).post("/api/v1/requests", "{\"workspaceId\": \"" + workspaceId
          + "\", \"productId\": \"logo\", \"designCode\": \"" + designCode + "\"}", Map.of("Idempotency-Key", designCode));
      assertThat(created.statusCode()).as(created.body()).isIn(201, 422);
      return Optional.of(created).filter(response -> response.statusCode() == 201).map(response -> json.readTree(response.body()));
    });
  }

  private static HttpResponse<String> create(Tokens.Person person, String workspaceId, String designCode) {
    String workspace = workspaceId == null ? "" : "\"workspaceId\": \"" + workspaceId + "\", ";
    return requests(person).post("/api/v1/requests", "{" + workspace + "\"productId\": \"logo\", \"designCode\": \""
        + designCode + "\"}", Map.of());
  }

  private static HttpResponse<String> answer(Tokens.Person person, String requestId, String text) {
    return requests(person).put("/api/v1/requests/" + requestId + "/answers/brand-name", "{\"text\": \"" + text + "\"}",
        Map.of());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    if (field != null) {
      assertThat(json.readTree(response.body()).get("errors").findValuesAsString("field")).contains(field);
    }
  }

  private static JsonNode body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private static HttpTestClient users(Tokens.Person person) {
    return new HttpTestClient("http://localhost:" + system.userServicePort(), person.token());
  }

  private static HttpTestClient requests(Tokens.Person person) {
    return new HttpTestClient("http://localhost:" + system.requestServicePort(), person.token());
  }

  private static HttpTestClient projections(Tokens.Person person) {
    return new HttpTestClient("http://localhost:" + system.projectionServicePort(), person.token());
  }
}

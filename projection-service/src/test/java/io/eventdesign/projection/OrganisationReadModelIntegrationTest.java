package io.eventdesign.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.user.IdentityFixture;
import io.eventdesign.user.tenant.TenantIds;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import io.eventdesign.infra.testing.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * Tenants, workspaces and their members, from a sign-up through user-service's saga to the read models
 * (real broker, PostgreSQL and tokens): who sees what, the lists, the state as of an instant, the event
 * API, and online rebuilds of the three tables leaving identical content.
 */
class OrganisationReadModelIntegrationTest extends RunningProjectionService {

  private static Tokens.Person ada;
  private static Tokens.Person bob;
  private static Tokens.Person cy;
  private static String tenantId;
  private static String workspaceId;

  @BeforeAll
  static void people() {
    IdentityFixture identity = IdentityFixture.shared();
    ada = identity.newCustomer();
    bob = identity.newCustomer();
    cy = identity.newCustomer();
    tenantId = TenantIds.forRegistration(ada.userId());
    workspaceId = TenantIds.defaultWorkspaceOf(tenantId);
  }

  private HttpTestClient as(Tokens.Person person) {
    return projectionsAs(person.token());
  }

  private HttpTestClient userServiceAs(Tokens.Person person) {
    return new HttpTestClient(IdentityFixture.shared().userServiceUrl(), person.token());
  }

  @Test
  void aSignUpShowsThePersonsTenantWorkspaceAndMembershipAndOnlyTheirMembersSeeThem() {
    JsonNode user = awaitJson(as(ada), "/api/v1/users/" + ada.userId(), u -> u.get("workspaces").size() == 1);
    assertThat(user.get("tenantId").asString()).as("the tenant the person signed up into").isEqualTo(tenantId);
    assertThat(user.get("workspaces").get(0).get("workspaceId").asString()).isEqualTo(workspaceId);
    assertThat(user.get("workspaces").get(0).get("role").asString()).isEqualTo("OWNER");
    assertThat(user.get("email").asString()).as("the row's own fields stay at the top level").isEqualTo(ada.email());

    JsonNode tenant = awaitJson(as(ada), "/api/v1/tenants/" + tenantId, t -> true);
    assertThat(tenant.get("name").asString()).isEqualTo("Cara Customer");
    assertThat(tenant.get("plan").asString()).isEqualTo("FREE");
    assertThat(tenant.get("status").asString()).isEqualTo("ACTIVE");
    assertThat(tenant.get("adminIds").get(0).asString()).isEqualTo(ada.userId());
    assertThat(tenant.get("workspaceIds").get(0).asString()).isEqualTo(workspaceId);

    JsonNode workspace = awaitJson(as(ada), "/api/v1/workspaces/" + workspaceId, w -> true);
    assertThat(workspace.get("tenantId").asString()).isEqualTo(tenantId);
    assertThat(workspace.get("memberLimit").asInt()).isEqualTo(3);
    assertThat(workspace.get("members").findValuesAsString("userId")).as("the owner first; strangers never")
        .startsWith(ada.userId()).doesNotContain(bob.userId(), cy.userId());

    for (String path : List.of("/api/v1/tenants/" + tenantId, "/api/v1/workspaces/" + workspaceId,
        "/api/v1/workspaces/" + workspaceId + "/members")) {
      assertThat(as(cy).get(path).statusCode()).as("a stranger's view of " + path).isEqualTo(404);
    }
    assertThat(items(as(cy), "/api/v1/workspaces?size=100")).doesNotContain(workspaceId);
    assertThat(items(as(cy), "/api/v1/tenants?size=100")).doesNotContain(tenantId);
    assertThat(items(as(ada), "/api/v1/tenants")).containsExactly(tenantId);
    assertThat(items(as(ada), "/api/v1/workspaces")).containsExactly(workspaceId);
    assertThat(items(projections, "/api/v1/users?size=100&tenantId=" + tenantId)).contains(ada.userId())
        .doesNotContain(bob.userId(), cy.userId());
    assertThat(items(projections, "/api/v1/workspaces?size=100&tenantId=" + tenantId)).containsExactly(workspaceId);

    JsonNode events = awaitJson(as(ada), "/api/v1/events?aggregateType=tenant&aggregateId=" + tenantId,
        e -> e.get("items").size() == 2);
    // one command, one instant: the events keep their version order
    assertThat(events.get("items").findValuesAsString("eventType")).containsExactly("tenant.created", "tenant.workspace-added");
    assertThat(json.readTree(as(cy).get("/api/v1/events?aggregateType=tenant&aggregateId=" + tenantId).body())
        .get("items").size()).as("a stranger sees none of its events").isZero();
  }

  @Test
  void everyEventOfTheTenantsAggregatesCarriesTheTenantAndTheEventApiFiltersByIt() {
    JsonNode events = awaitJson(projections, "/api/v1/events?limit=500&tenantId=" + tenantId,
        e -> e.get("items").findValuesAsString("eventType").contains("workspace.created"));
    assertThat(events.get("items").findValuesAsString("tenantId")).containsOnly(tenantId);
    assertThat(events.get("items").findValuesAsString("eventType"))
        .contains("user.registered", "tenant.created", "tenant.workspace-added", "workspace.created");
    assertThat(events.get("items").findValuesAsString("aggregateId")).contains(ada.userId(), tenantId, workspaceId)
        .doesNotContain(cy.userId());
    JsonNode adasOwn = json.readTree(as(ada).get("/api/v1/events?limit=500&tenantId=" + tenantId).body());
    assertThat(adasOwn.get("items").findValuesAsString("aggregateId")).contains(ada.userId(), tenantId, workspaceId);
    assertThat(json.readTree(as(cy).get("/api/v1/events?limit=500&tenantId=" + tenantId).body()).get("items").size())
        .as("a stranger filtering by another's tenant sees nothing").isZero();
  }

  @Test
  void aMemberAddedSeesTheWorkspaceAndItsTenantUntilRemovedAndTheWorkspaceAsOfAnInstantIsItsStateThen() {
    awaitJson(as(ada), "/api/v1/workspaces/" + workspaceId, w -> true);
    Instant beforeBob = Instant.now();
    HttpResponse<String> added = userServiceAs(ada).post("/api/v1/workspaces/" + workspaceId + "/members",
        "{\"userId\": \"" + bob.userId() + "\", \"role\": \"EDITOR\"}", Map.of());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

    JsonNode bobsUser = awaitJson(as(bob), "/api/v1/users/" + bob.userId(),
        u -> u.get("workspaces").findValuesAsString("workspaceId").contains(workspaceId));
    assertThat(bobsUser.get("tenantId").asString()).as("his own tenant, from his own sign-up")
        .isEqualTo(TenantIds.forRegistration(bob.userId()));
    assertThat(bobsUser.get("workspaces").findValues("role").stream().map(JsonNode::asString)).contains("EDITOR");
    assertThat(as(bob).get("/api/v1/tenants/" + tenantId).statusCode()).as("a member sees the tenant").isEqualTo(200);
    JsonNode members = json.readTree(as(bob).get("/api/v1/workspaces/" + workspaceId + "/members").body());
    assertThat(members.get("items").findValuesAsString("userId")).as("owners first")
        .startsWith(ada.userId()).contains(bob.userId()).doesNotContain(cy.userId());
    assertThat(json.readTree(as(bob).get("/api/v1/workspaces/" + workspaceId + "/members?role=EDITOR").body())
        .get("items").findValuesAsString("userId")).containsExactly(bob.userId());
    assertThat(items(as(bob), "/api/v1/workspaces?size=100&memberId=" + bob.userId())).contains(workspaceId);

    JsonNode then = json.readTree(as(ada).get("/api/v1/workspaces/" + workspaceId + "?asOf=" + beforeBob).body());
    assertThat(then.get("members").findValuesAsString("userId")).as("before he joined")
        .contains(ada.userId()).doesNotContain(bob.userId());

    HttpResponse<String> removed = userServiceAs(ada).delete("/api/v1/workspaces/" + workspaceId + "/members/" + bob.userId(),
        Map.of());
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    Await.until("his membership gone", () -> as(bob).get("/api/v1/workspaces/" + workspaceId).statusCode() == 404);
    assertThat(as(bob).get("/api/v1/tenants/" + tenantId).statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND user_id = ?",
        Long.class, workspaceId, bob.userId())).isZero();
  }

  @Test
  void aPersonInvitedBySignUpIsInTheInvitingTenantAndWorkspaceOnTheReadSide() {
    awaitJson(as(ada), "/api/v1/workspaces/" + workspaceId, w -> true);
    String email = "invited-" + java.util.UUID.randomUUID() + "@example.com";
    HttpResponse<String> invited = userServiceAs(ada).post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"" + email + "\", \"role\": \"VIEWER\"}", Map.of());
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
    Tokens.Person invitee = IdentityFixture.shared().tokens().signUp(email, "a long enough password", "In", "Vitee",
        json.readTree(invited.body()).get("code").asString());

    JsonNode user = awaitJson(as(invitee), "/api/v1/users/" + invitee.userId(),
        u -> u.get("workspaces").findValuesAsString("workspaceId").contains(workspaceId));
    assertThat(user.get("tenantId").asString()).as("the inviting tenant, not one of their own").isEqualTo(tenantId);
    assertThat(user.get("workspaces").findValuesAsString("role")).containsExactly("VIEWER");
    assertThat(items(as(invitee), "/api/v1/tenants")).containsExactly(tenantId);
    assertThat(items(projections, "/api/v1/users?size=100&tenantId=" + tenantId)).contains(ada.userId(), invitee.userId());
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    for (String[] bad : new String[][] {{"/api/v1/tenants?status=SLEEPING", "status"}, {"/api/v1/tenants?plan=GOLD", "plan"},
        {"/api/v1/workspaces?status=GONE", "status"}, {"/api/v1/workspaces?size=0", "size"},
        {"/api/v1/workspaces/" + workspaceId + "/members?role=KING", "role"}, {"/api/v1/tenants/" + tenantId + "?asOf=yesterday", "asOf"}}) {
      HttpResponse<String> response = projections.get(bad[0]);
      assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("errors").get(0).get("field").asString()).isEqualTo(bad[1]);
    }
  }

  @Test
  void onlineRebuildsOfTheTenantsWorkspacesAndMembersTablesLeaveIdenticalContent() throws Exception {
    awaitJson(as(ada), "/api/v1/workspaces/" + workspaceId, w -> true);
    ProjectedTables tables = new ProjectedTables(jdbc);
    for (String table : List.of("tenants", "workspaces", "workspace_members")) {
      List<String> before = tables.settledChecksums();
      assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)).as(table + " has rows").isGreaterThan(0L);
      String path = "/api/v1/admin/projections/" + table + "/rebuild";
      assertThat(projections.post(path + "?reason=test", null, Map.of()).statusCode()).isEqualTo(202);
      String finished = Await.until("the rebuild of " + table, () -> Optional.of(
          json.readTree(projections.get(path).body()).get("state").asString())
          .filter(state -> state.equals("COMPLETED") || state.equals("FAILED")));
      assertThat(finished).as(table).isEqualTo("COMPLETED");
      assertThat(tables.checksums()).as(table + " rebuilt").isEqualTo(before);
    }
  }

  private List<String> items(HttpTestClient client, String path) {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("items").findValuesAsString("id");
  }
}

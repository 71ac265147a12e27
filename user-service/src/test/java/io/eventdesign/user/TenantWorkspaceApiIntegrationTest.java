package io.eventdesign.user;

import java.util.List;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.EventHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.infra.testing.HttpTestClient;
import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.infra.testing.TopicReader;
import io.eventdesign.user.tenant.TenantIds;
import io.eventdesign.infra.testing.Tokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenants and workspaces through the REST API on a real broker with real tokens: a sign-up creates the
 * person's tenant and workspace once; a person creates a tenant, which starts with a workspace, takes
 * more within the plan, manages members by role; the last owner stays; a plan change reaches the
 * workspace; a deactivated tenant's workspace takes no more changes.
 */
class TenantWorkspaceApiIntegrationTest extends RunningUserService {

  private final JsonMapper json = JsonMapper.builder().build();
  private HttpTestClient ada;
  private HttpTestClient bob;
  private HttpTestClient cy;
  private HttpTestClient admin;
  private Tokens.Person bobPerson;
  private Tokens.Person cyPerson;
  private Tokens.Person adaPerson;

  @BeforeEach
  void people() {
    IdentityFixture identity = IdentityFixture.forUserServiceUnderTest();
    String base = "http://localhost:" + port;
    adaPerson = identity.newCustomer();
    bobPerson = identity.newCustomer();
    cyPerson = identity.newCustomer();
    ada = new HttpTestClient(base, adaPerson.token());
    bob = new HttpTestClient(base, bobPerson.token());
    cy = new HttpTestClient(base, cyPerson.token());
    admin = new HttpTestClient(base, identity.admin());
  }

  @Test
  void aTenantsWorkspaceIsManagedByItsOwnersAndSeenOnlyByItsMembers() {
    HttpResponse<String> created = ada.post("/api/v1/tenants", "{\"name\": \"Acme\"}", Map.of("Idempotency-Key", "acme-1"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String tenantId = body(created).get("id").asString();
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/tenants/" + tenantId);
    assertThat(body(created).get("plan").asString()).isEqualTo("FREE");
    assertThat(body(created).get("admins").get(0).asString()).isEqualTo(adaPerson.userId());
    assertThat(body(ada.post("/api/v1/tenants", "{\"name\": \"Acme\"}", Map.of("Idempotency-Key", "acme-1"))).get("id")
        .asString()).as("the same key again: the same tenant").isEqualTo(tenantId);
    assertThat(bob.get("/api/v1/tenants/" + tenantId).statusCode()).as("another's tenant").isEqualTo(404);

    String workspaceId = body(created).get("workspaceIds").get(0).asString();
    JsonNode workspace = awaitWorkspace(ada, workspaceId, w -> true);
    assertThat(workspace.get("tenantId").asString()).isEqualTo(tenantId);
    assertThat(workspace.get("name").asString()).isEqualTo("Acme");
    assertThat(workspace.get("memberLimit").asInt()).isEqualTo(3);
    assertThat(workspace.get("members").get(0).get("userId").asString()).isEqualTo(adaPerson.userId());
    assertThat(workspace.get("members").get(0).get("role").asString()).isEqualTo("OWNER");

    HttpResponse<String> second = ada.post("/api/v1/tenants/" + tenantId + "/workspaces", "{\"name\": \"More\"}", Map.of());
    assertThat(second.statusCode()).as("the FREE plan's one workspace").isEqualTo(409);
    assertThat(body(second).get("errors").get(0).get("field").asString()).isEqualTo("plan");

    HttpResponse<String> added = ada.post("/api/v1/workspaces/" + workspaceId + "/members",
        "{\"userId\": \"" + bobPerson.userId() + "\", \"role\": \"EDITOR\"}", Map.of());
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(bob.get("/api/v1/workspaces/" + workspaceId).statusCode()).as("a member reads it").isEqualTo(200);
    assertThat(cy.get("/api/v1/workspaces/" + workspaceId).statusCode()).as("a stranger does not see it").isEqualTo(404);
    HttpResponse<String> byEditor = bob.post("/api/v1/workspaces/" + workspaceId + "/members",
        "{\"userId\": \"" + cyPerson.userId() + "\", \"role\": \"VIEWER\"}", Map.of());
    assertThat(byEditor.statusCode()).as("an editor does not manage members").isEqualTo(403);

    HttpResponse<String> lastOwner = ada.delete("/api/v1/workspaces/" + workspaceId + "/members/" + adaPerson.userId(), Map.of());
    assertThat(lastOwner.statusCode()).isEqualTo(409);
    assertThat(body(lastOwner).get("detail").asString()).contains("at least one owner");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    JsonNode tenant = body(ada.post("/api/v1/tenants", "{\"name\": \"Acme\"}", Map.of()));
    String tenantId = tenant.get("id").asString();
    String workspaceId = tenant.get("workspaceIds").get(0).asString();
    long version = awaitWorkspace(ada, workspaceId, w -> true).get("version").asLong();

    for (String bad : new String[] {"{\"userId\": \"not-a-uuid\", \"role\": \"EDITOR\"}",
        "{\"userId\": \"" + bobPerson.userId() + "\", \"role\": \"editor\"}",
        "{\"userId\": \"" + bobPerson.userId() + "\", \"role\": \"EDITOR\", \"admin\": true}"}) {
      HttpResponse<String> refused = ada.post("/api/v1/workspaces/" + workspaceId + "/members", bad, Map.of());
      assertThat(refused.statusCode()).as(bad).isBetween(400, 422);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }
    HttpResponse<String> blank = ada.post("/api/v1/tenants", "{\"name\": \" \"}", Map.of());
    assertThat(body(blank).get("errors").findValuesAsString("field")).contains("name");
    assertThat(body(ada.get("/api/v1/workspaces/" + workspaceId)).get("version").asLong()).isEqualTo(version);
  }

  @Test
  void aPlanChangeReachesTheWorkspaceAndADeactivatedTenantsWorkspaceTakesNoMoreChanges() {
    JsonNode tenant = body(ada.post("/api/v1/tenants", "{\"name\": \"Acme\"}", Map.of()));
    String tenantId = tenant.get("id").asString();
    String workspaceId = tenant.get("workspaceIds").get(0).asString();
    awaitWorkspace(ada, workspaceId, w -> true);

    HttpResponse<String> upgraded = ada.put("/api/v1/tenants/" + tenantId + "/plan", "{\"plan\": \"TEAM\"}", Map.of());
    assertThat(upgraded.statusCode()).as(upgraded.body()).isEqualTo(200);
    awaitWorkspace(ada, workspaceId, w -> w.get("memberLimit").asInt() == 25);

    assertThat(ada.post("/api/v1/tenants/" + tenantId + "/deactivate", "{\"reason\": \"unpaid\"}", Map.of()).statusCode())
        .as("only the platform's admins deactivate a tenant").isEqualTo(403);
    HttpResponse<String> deactivated = admin.post("/api/v1/tenants/" + tenantId + "/deactivate", "{\"reason\": \"unpaid\"}", Map.of());
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    awaitWorkspace(ada, workspaceId, w -> w.get("status").asString().equals("SUSPENDED"));

    HttpResponse<String> refused = ada.post("/api/v1/workspaces/" + workspaceId + "/members",
        "{\"userId\": \"" + bobPerson.userId() + "\", \"role\": \"EDITOR\"}", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(body(refused).get("currentStatus").asString()).isEqualTo("SUSPENDED");
  }

  @Test
  void aTeamTenantTakesAnotherWorkspaceWhichIsCreatedMomentsLater() {
    JsonNode tenant = body(ada.post("/api/v1/tenants", "{\"name\": \"Acme\", \"plan\": \"TEAM\"}", Map.of()));
    String tenantId = tenant.get("id").asString();

    HttpResponse<String> taken = ada.post("/api/v1/tenants/" + tenantId + "/workspaces", "{\"name\": \"Design\"}",
        Map.of("Idempotency-Key", "design-1"));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(202);
    String workspaceId = body(taken).get("workspaceId").asString();
    assertThat(taken.headers().firstValue("Location")).contains("/api/v1/workspaces/" + workspaceId);
    assertThat(body(taken).get("tenant").get("workspaceIds")).hasSize(2);
    assertThat(awaitWorkspace(ada, workspaceId, w -> true).get("memberLimit").asInt()).isEqualTo(25);
    HttpResponse<String> again = ada.post("/api/v1/tenants/" + tenantId + "/workspaces", "{\"name\": \"Design\"}",
        Map.of("Idempotency-Key", "design-1"));
    assertThat(body(again).get("workspaceId").asString()).as("the same key: the same workspace").isEqualTo(workspaceId);
    assertThat(body(ada.get("/api/v1/tenants/" + tenantId)).get("workspaceIds")).hasSize(2);
  }

  @Test
  void aSignUpCreatesThePersonsTenantAndItsWorkspaceOnce() {
    String tenantId = TenantIds.forRegistration(adaPerson.userId());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> read = ada.get("/api/v1/tenants/" + tenantId);
    while (read.statusCode() == 404 && Instant.now().isBefore(deadline)) {
      sleep();
      read = ada.get("/api/v1/tenants/" + tenantId);
    }
    assertThat(read.statusCode()).as("the tenant the sign-up created, readable by its admin").isEqualTo(200);

    JsonNode tenant = body(read);
    assertThat(tenant.get("name").asString()).isEqualTo("Cara Customer");
    assertThat(tenant.get("plan").asString()).isEqualTo("FREE");
    assertThat(tenant.get("admins").get(0).asString()).isEqualTo(adaPerson.userId());
    JsonNode workspace = awaitWorkspace(ada, tenant.get("workspaceIds").get(0).asString(), w -> true);
    assertThat(workspace.get("members").get(0).get("role").asString()).isEqualTo("OWNER");
    assertThat(bob.get("/api/v1/tenants/" + tenantId).statusCode()).isEqualTo(404);
    var recorded = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.TENANTS_EVENTS.name()).stream()
        .filter(r -> tenantId.equals(r.key())).toList();
    assertThat(recorded).as("tenant.created and tenant.workspace-added, once each").hasSize(2)
        .allSatisfy(r -> assertThat(new String(r.headers().lastHeader(EventHeaders.TENANT_ID).value(),
            java.nio.charset.StandardCharsets.UTF_8)).as("the tenant in the headers").isEqualTo(tenantId));
  }

  @Test
  void anInvitedPersonSignsUpIntoTheInvitingWorkspaceOnceAndABadOrUsedOrRevokedCodeChangesNothing() {
    IdentityFixture identity = IdentityFixture.forUserServiceUnderTest();
    String tenantId = TenantIds.forRegistration(adaPerson.userId());
    String workspaceId = TenantIds.defaultWorkspaceOf(tenantId);
    awaitWorkspace(ada, workspaceId, w -> true);
    String email = "invited-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> invited = ada.post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"" + email + "\", \"role\": \"EDITOR\"}", Map.of("Idempotency-Key", "invite-" + email));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
    String code = body(invited).get("code").asString();
    assertThat(body(invited).get("workspace").get("invitations").findValuesAsString("email")).contains(email);
    assertThat(invited.body()).as("the workspace keeps only the hash").doesNotContain("hash");
    HttpResponse<String> repeated = ada.post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"" + email + "\", \"role\": \"EDITOR\"}", Map.of("Idempotency-Key", "invite-" + email));
    assertThat(body(repeated).get("invitationId").asString()).isEqualTo(body(invited).get("invitationId").asString());
    assertThat(body(repeated).get("code").isNull()).as("the code is shown once").isTrue();
    assertThat(bob.post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"x@example.com\", \"role\": \"EDITOR\"}", Map.of()).statusCode()).as("not a member").isEqualTo(404);

    String wrongSecret = code.substring(0, code.lastIndexOf('.') + 1) + "A".repeat(43);
    for (String bad : List.of(wrongSecret, "not-a-code", workspaceId + "." + UUID.randomUUID() + "." + "B".repeat(43))) {
      assertThatThrownBy(() -> identity.tokens().signUp(email, "a long enough password", "Ina", "Vited", bad))
          .as(bad).hasMessageContaining("422").hasMessageContaining("invitation");
    }
    assertThatThrownBy(() -> identity.tokens().signUp("someone-else-" + email, "a long enough password", "E", "Ve", code))
        .as("another address").hasMessageContaining("422");

    Tokens.Person ina = identity.tokens().signUp(email, "a long enough password", "Ina", "Vited", code);

    JsonNode workspace = awaitWorkspace(ada, workspaceId,
        w -> w.get("members").findValuesAsString("userId").contains(ina.userId()));
    assertThat(workspace.get("members").findValues("role").stream().map(JsonNode::asString)).contains("EDITOR");
    assertThat(workspace.get("invitations").findValuesAsString("email")).doesNotContain(email);
    assertThat(new HttpTestClient("http://localhost:" + port, ina.token()).get("/api/v1/workspaces/" + workspaceId).statusCode())
        .isEqualTo(200);
    var registered = TopicReader.readAll(SharedInfrastructure.kafka().bootstrapServers(), Topics.USERS_EVENTS.name()).stream()
        .filter(r -> ina.userId().equals(r.key())).map(r -> ((DecodeResult.Decoded) new SingleObjectCodec().decode(r.value())).record())
        .filter(UserRegistered.class::isInstance).map(UserRegistered.class::cast).toList();
    assertThat(registered).singleElement().satisfies(r -> {
      assertThat(r.getTenantId()).as("the inviting workspace's tenant").isEqualTo(tenantId);
      assertThat(r.getInvitedTo()).isEqualTo(workspaceId);
      assertThat(r.getEnvelope().getTenantId()).isEqualTo(tenantId);
    });
    assertThat(admin.get("/api/v1/tenants/" + TenantIds.forRegistration(ina.userId())).statusCode())
        .as("no tenant of her own").isEqualTo(404);
    assertThatThrownBy(() -> identity.tokens().signUp("late-" + email, "a long enough password", "L", "Ate", code))
        .as("a used code").hasMessageContaining("422");

    String other = "revoked-" + email;
    String revokedCode = body(ada.post("/api/v1/workspaces/" + workspaceId + "/invitations",
        "{\"email\": \"" + other + "\", \"role\": \"VIEWER\"}", Map.of())).get("code").asString();
    String revokedId = revokedCode.split("\\.")[1];
    assertThat(ada.delete("/api/v1/workspaces/" + workspaceId + "/invitations/" + revokedId, Map.of()).statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> identity.tokens().signUp(other, "a long enough password", "R", "Evoked", revokedCode))
        .as("a revoked code").hasMessageContaining("422");
  }

  private JsonNode awaitWorkspace(HttpTestClient client, String workspaceId, Predicate<JsonNode> until) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(deadline)) {
      last = client.get("/api/v1/workspaces/" + workspaceId);
      if (last.statusCode() == 200 && until.test(body(last))) {
        return body(last);
      }
      sleep();
    }
    throw new AssertionError("workspace " + workspaceId + " not as expected within 30 s; last: "
        + (last == null ? "none" : last.statusCode() + " " + last.body()));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode body(HttpResponse<String> response) {
    return json.readTree(response.body());
  }
}

package io.eventdesign.projection.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.workspace.WorkspaceArchived;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceInvitationRedeemed;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceMemberAdded;
import io.eventdesign.contract.workspace.WorkspaceMemberInvited;
import io.eventdesign.contract.workspace.WorkspaceMemberRemoved;
import io.eventdesign.contract.workspace.WorkspaceMemberRoleChanged;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.contract.workspace.WorkspaceUpdated;
import io.eventdesign.projection.streams.FoldDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkspaceStateTopologyTest {

  private final FoldDriver<WorkspaceState> driver = new FoldDriver<>(WorkspacesReadModelConfiguration.FOLD);

  @AfterEach
  void close() {
    driver.close();
  }

  private void create(String id) {
    driver.pipe(WorkspaceCreated.newBuilder().setEnvelope(driver.envelope("workspace.created", id, 1)).setTenantId("t-1")
        .setName("Design").setOwnerId("u-1").setMemberLimit(3).build());
  }

  private WorkspaceMemberAdded added(long version, String userId, String role) {
    return WorkspaceMemberAdded.newBuilder().setEnvelope(driver.envelope("workspace.member-added", "w-1", version))
        .setUserId(userId).setRole(role).build();
  }

  @Test
  void theCreatorIsTheFirstOwnerAndMembersJoinChangeRoleAndLeaveInOrder() {
    create("w-1");
    driver.pipe(added(2, "u-2", "EDITOR"));
    driver.pipe(added(3, "u-3", "VIEWER"));
    driver.pipe(WorkspaceMemberRoleChanged.newBuilder().setEnvelope(driver.envelope("workspace.member-role-changed", "w-1", 4))
        .setUserId("u-3").setRole("OWNER").setPreviousRole("VIEWER").build());
    driver.pipe(WorkspaceMemberRemoved.newBuilder().setEnvelope(driver.envelope("workspace.member-removed", "w-1", 5))
        .setUserId("u-2").build());

    WorkspaceState state = driver.latest().get("w-1");
    assertThat(state.getVersion()).isEqualTo(5);
    assertThat(state.getTenantId()).isEqualTo("t-1");
    assertThat(state.getMembers()).extracting(WorkspaceMembership::getUserId, WorkspaceMembership::getRole)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("u-1", "OWNER"), org.assertj.core.groups.Tuple.tuple("u-3", "OWNER"));
    assertThat(state.getMembers().get(1).getSince()).as("joined at version 3; the role change keeps it")
        .isEqualTo(driver.envelope("x", "w-1", 3).getOccurredAt());
  }

  @Test
  void nameLimitsArchiveAndSuspensionAreFoldedWithTheirReasons() {
    create("w-1");
    driver.pipe(WorkspaceUpdated.newBuilder().setEnvelope(driver.envelope("workspace.updated", "w-1", 2)).setName("Studio").build());
    driver.pipe(WorkspaceLimitsChanged.newBuilder().setEnvelope(driver.envelope("workspace.limits-changed", "w-1", 3))
        .setMemberLimit(25).build());
    driver.pipe(WorkspaceSuspended.newBuilder().setEnvelope(driver.envelope("workspace.suspended", "w-1", 4))
        .setReason("tenant deactivated").build());
    WorkspaceState suspended = driver.latest().get("w-1");
    assertThat(suspended.getName()).isEqualTo("Studio");
    assertThat(suspended.getMemberLimit()).isEqualTo(25);
    assertThat(suspended.getStatus()).isEqualTo("SUSPENDED");
    assertThat(suspended.getStatusReason()).isEqualTo("tenant deactivated");

    create("w-2");
    driver.pipe(WorkspaceArchived.newBuilder().setEnvelope(driver.envelope("workspace.archived", "w-2", 2)).setReason("done").build());
    assertThat(driver.latest().get("w-2").getStatus()).isEqualTo("ARCHIVED");
  }

  @Test
  void invitationsAreNotPublicStateButKeepTheVersionInStepUntilOneBecomesAMembership() {
    create("w-1");
    driver.pipe(WorkspaceMemberInvited.newBuilder().setEnvelope(driver.envelope("workspace.member-invited", "w-1", 2))
        .setInvitationId("i-1").setEmail("bob@example.com").setRole("EDITOR").setCodeHash("h").build());
    driver.pipe(WorkspaceInvitationRedeemed.newBuilder().setEnvelope(driver.envelope("workspace.invitation-redeemed", "w-1", 3))
        .setInvitationId("i-1").setEmail("bob@example.com").setUserId("u-2").build());
    WorkspaceState redeemed = driver.latest().get("w-1");
    assertThat(redeemed.getVersion()).isEqualTo(3);
    assertThat(redeemed.getMembers()).extracting(WorkspaceMembership::getUserId).containsExactly("u-1");
    assertThat(redeemed.toString()).as("no address, no hash").doesNotContain("bob@example.com").doesNotContain("\"h\"");

    driver.pipe(added(4, "u-2", "EDITOR"));
    assertThat(driver.latest().get("w-1").getMembers()).extracting(WorkspaceMembership::getUserId).containsExactly("u-1", "u-2");
  }

  @Test
  void aRedeliveredMemberEventAddsNobodyTwice() {
    create("w-1");
    driver.pipe(added(2, "u-2", "EDITOR"));
    driver.pipe(added(2, "u-2", "EDITOR"));
    driver.pipe(added(2, "u-9", "VIEWER"));  // a different event claiming a version already applied: ignored

    assertThat(driver.latest().get("w-1").getMembers()).extracting(WorkspaceMembership::getUserId).containsExactly("u-1", "u-2");
  }
}

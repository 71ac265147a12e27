package io.eventdesign.platform.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.command.People;
import io.eventdesign.platform.command.People.Standing;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where people stand with an aggregate of a workspace, from the workspace as published on workspaces.state. */
class WorkspacePeopleTest {

  /** An aggregate that names its workspace and owner. */
  record Thing(String workspaceId, String ownerId) {}

  private static final People<Thing> PEOPLE = People.workspaceMembersOrOwner(Thing::workspaceId, Thing::ownerId);

  @Test
  void membersStandByTheirRoleWhileTheWorkspaceIsActiveAndOutsidersNotAtAll() {
    WorkspaceDirectory directory = directory(state("ACTIVE", Map.of("o", "OWNER", "e", "EDITOR", "v", "VIEWER")));
    Thing shared = new Thing("w-1", "creator");

    assertThat(PEOPLE.standing(shared, "o", directory)).isEqualTo(Standing.ACTS);
    assertThat(PEOPLE.standing(shared, "e", directory)).isEqualTo(Standing.ACTS);
    assertThat(PEOPLE.standing(shared, "v", directory)).isEqualTo(Standing.READS);
    assertThat(PEOPLE.standing(shared, "creator", directory)).as("its creator, no longer a member").isEqualTo(Standing.NONE);
    assertThat(PEOPLE.standing(shared, null, directory)).isEqualTo(Standing.NONE);
    assertThat(PEOPLE.standing(new Thing("w-unknown", "o"), "o", directory)).isEqualTo(Standing.NONE);
    assertThat(PEOPLE.consultsWorkspaces()).isTrue();
  }

  @Test
  void nobodyActsWhileTheWorkspaceIsNotActiveButMembersStillRead() {
    for (String status : new String[] {"SUSPENDED", "ARCHIVED", "SOME-FUTURE-STATUS"}) {
      WorkspaceDirectory directory = directory(state(status, Map.of("o", "OWNER", "v", "VIEWER")));
      assertThat(PEOPLE.standing(new Thing("w-1", "o"), "o", directory)).as(status).isEqualTo(Standing.FROZEN);
      assertThat(PEOPLE.standing(new Thing("w-1", "o"), "v", directory)).as(status).isEqualTo(Standing.FROZEN);
    }
  }

  @Test
  void aRoleThisBuildDoesNotKnowOnlyReads() {
    WorkspaceEntry entry = WorkspaceEntry.of(state("ACTIVE", Map.of("n", "SOME-FUTURE-ROLE")));
    assertThat(entry.roleOf("n")).contains(WorkspaceRole.VIEWER);
    assertThat(PEOPLE.standing(new Thing("w-1", "x"), "n", directory(state("ACTIVE", Map.of("n", "SOME-FUTURE-ROLE")))))
        .isEqualTo(Standing.READS);
  }

  @Test
  void aPersonalAggregateIsItsOwnersAlone() {
    WorkspaceDirectory directory = directory(state("ACTIVE", Map.of("o", "OWNER")));
    assertThat(PEOPLE.standing(new Thing(null, "a"), "a", directory)).isEqualTo(Standing.ACTS);
    assertThat(PEOPLE.standing(new Thing(null, "a"), "o", directory)).isEqualTo(Standing.NONE);
    assertThat(People.<Thing>owner(Thing::ownerId).consultsWorkspaces()).isFalse();
  }

  private static WorkspaceDirectory directory(WorkspaceState state) {
    return id -> Optional.of(state).filter(s -> s.getId().equals(id)).map(WorkspaceEntry::of);
  }

  private static WorkspaceState state(String status, Map<String, String> roles) {
    Instant at = Instant.parse("2026-05-01T09:00:00Z");
    return WorkspaceState.newBuilder().setId("w-1").setVersion(1).setTenantId("t-1").setName("Studio").setStatus(status)
        .setMemberLimit(10)
        .setMembers(roles.entrySet().stream().map(member -> WorkspaceMembership.newBuilder().setUserId(member.getKey())
            .setRole(member.getValue()).setSince(at).build()).toList())
        .setCreatedAt(at).setUpdatedAt(at).setLastEventId("e-1").build();
  }
}

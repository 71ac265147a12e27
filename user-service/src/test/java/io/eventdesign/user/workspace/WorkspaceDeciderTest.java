package io.eventdesign.user.workspace;

import static io.eventdesign.user.workspace.WorkspaceDecisions.events;
import static io.eventdesign.user.workspace.WorkspaceDecisions.given;
import static io.eventdesign.user.workspace.WorkspaceDecisions.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given past events, when a command, then these events or this rejection. */
class WorkspaceDeciderTest {

  private static final WorkspaceEvent.Created CREATED = new WorkspaceEvent.Created("w-1", "t-1", "Design", "ada", 3, List.of("tina"));
  private static final WorkspaceEvent.MemberAdded BOB = new WorkspaceEvent.MemberAdded("bob", WorkspaceRole.EDITOR);

  @Test
  void aWorkspaceIsCreatedWithItsOwnerAndTheSameCreationAgainChangesNothing() {
    assertThat(events(given(List.of(), new WorkspaceCommand.CreateWorkspace("w-1", "t-1", " Design ", "ada", 3, List.of("tina")))))
        .containsExactly(CREATED);
    assertThat(events(given(List.of(CREATED), new WorkspaceCommand.CreateWorkspace("w-1", "t-1", "Design", "ada", 3, List.of("tina")))))
        .isEmpty();
    assertThat(rejection(given(List.of(CREATED), new WorkspaceCommand.CreateWorkspace("w-1", "t-2", "X", "bob", 3, List.of("tina")))).kind())
        .isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void ownersAddMembersUpToThePlansLimit() {
    assertThat(events(given(List.of(CREATED), new WorkspaceCommand.AddMember("bob", WorkspaceRole.EDITOR, "ada"))))
        .containsExactly(BOB);
    List<WorkspaceEvent> full = List.of(CREATED, BOB, new WorkspaceEvent.MemberAdded("cy", WorkspaceRole.VIEWER));

    var refused = rejection(given(full, new WorkspaceCommand.AddMember("dee", WorkspaceRole.VIEWER, "ada")));

    assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(refused.message()).contains("3 members");
  }

  @Test
  void membersWhoAreNotOwnersManageNothing() {
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.AddMember("cy", WorkspaceRole.VIEWER, "bob")))
        .kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.UpdateWorkspace("Mine", "bob"))).kind())
        .isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.ArchiveWorkspace("mine now", "bob"))).kind())
        .isEqualTo(Rejection.Kind.FORBIDDEN);
  }

  @Test
  void theTenantsAdminsManageItsMembersAndInvitationsWithoutBeingMembers() {
    List<WorkspaceEvent> past = List.of(CREATED, BOB);
    assertThat(events(given(past, new WorkspaceCommand.AddMember("cy", WorkspaceRole.VIEWER, "tina"))))
        .containsExactly(new WorkspaceEvent.MemberAdded("cy", WorkspaceRole.VIEWER));
    assertThat(events(given(past, new WorkspaceCommand.ChangeMemberRole("bob", WorkspaceRole.OWNER, "tina"))))
        .containsExactly(new WorkspaceEvent.MemberRoleChanged("bob", WorkspaceRole.OWNER, WorkspaceRole.EDITOR));
    assertThat(events(given(past, new WorkspaceCommand.RemoveMember("bob", "tina")))).hasSize(1);
    assertThat(events(given(past, new WorkspaceCommand.InviteMember("i-1", "dee@example.com", WorkspaceRole.EDITOR,
        "hash", "tina")))).hasSize(1);
    assertThat(rejection(given(past, new WorkspaceCommand.RemoveMember("ada", "tina"))).field())
        .as("the last owner stays, whoever asks").isEqualTo("userId");

    Workspace workspace = WorkspaceDecisions.after(past);
    assertThat(workspace.memberIds()).as("not a member").doesNotContain("tina");
    assertThat(WorkspaceAggregate.DEFINITION.people().standing(workspace, "tina", null))
        .isEqualTo(io.eventdesign.platform.command.People.Standing.ACTS);
    assertThat(WorkspaceAggregate.DEFINITION.people().standing(workspace, "someone", null))
        .isEqualTo(io.eventdesign.platform.command.People.Standing.NONE);
  }

  @Test
  void theLastOwnerCanNeitherBeRemovedNorDemoted() {
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.RemoveMember("ada", "ada"))).field())
        .isEqualTo("userId");
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.ChangeMemberRole("ada", WorkspaceRole.EDITOR, "ada")))
        .kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void withASecondOwnerTheFirstMayLeave() {
    var promoted = new WorkspaceEvent.MemberRoleChanged("bob", WorkspaceRole.OWNER, WorkspaceRole.EDITOR);
    assertThat(events(given(List.of(CREATED, BOB), new WorkspaceCommand.ChangeMemberRole("bob", WorkspaceRole.OWNER, "ada"))))
        .containsExactly(promoted);

    assertThat(events(given(List.of(CREATED, BOB, promoted), new WorkspaceCommand.RemoveMember("ada", "ada"))))
        .containsExactly(new WorkspaceEvent.MemberRemoved("ada"));
  }

  @Test
  void aMemberMayLeaveAndAnOwnerMayRemoveThem() {
    assertThat(events(given(List.of(CREATED, BOB), new WorkspaceCommand.RemoveMember("bob", "bob"))))
        .containsExactly(new WorkspaceEvent.MemberRemoved("bob"));
    assertThat(events(given(List.of(CREATED, BOB), new WorkspaceCommand.RemoveMember("bob", "ada"))))
        .containsExactly(new WorkspaceEvent.MemberRemoved("bob"));
    assertThat(rejection(given(List.of(CREATED, BOB, new WorkspaceEvent.MemberAdded("cy", WorkspaceRole.VIEWER)),
        new WorkspaceCommand.RemoveMember("cy", "bob"))).kind()).isEqualTo(Rejection.Kind.FORBIDDEN);
  }

  @Test
  void addingAMemberTwiceWithTheSameRoleChangesNothingWithAnotherIsAConflict() {
    assertThat(events(given(List.of(CREATED, BOB), new WorkspaceCommand.AddMember("bob", WorkspaceRole.EDITOR, "ada")))).isEmpty();
    assertThat(rejection(given(List.of(CREATED, BOB), new WorkspaceCommand.AddMember("bob", WorkspaceRole.OWNER, "ada")))
        .kind()).isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void aSuspendedOrArchivedWorkspaceTakesNoMoreChangesButItsLimitsFollowThePlan() {
    var suspended = new WorkspaceEvent.Suspended("tenant deactivated");

    var refused = rejection(given(List.of(CREATED, suspended), new WorkspaceCommand.AddMember("bob", WorkspaceRole.VIEWER, "ada")));
    assertThat(refused.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(refused.currentStatus()).isEqualTo("SUSPENDED");
    assertThat(rejection(given(List.of(CREATED, new WorkspaceEvent.Archived("done")), new WorkspaceCommand.UpdateWorkspace("X", "ada")))
        .currentStatus()).isEqualTo("ARCHIVED");
    assertThat(events(given(List.of(CREATED, suspended), new WorkspaceCommand.ChangeLimits(25))))
        .containsExactly(new WorkspaceEvent.LimitsChanged(25));
    assertThat(events(given(List.of(CREATED, suspended), new WorkspaceCommand.Suspend("again")))).isEmpty();
  }
}

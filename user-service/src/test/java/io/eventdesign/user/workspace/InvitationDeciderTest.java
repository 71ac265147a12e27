package io.eventdesign.user.workspace;

import static io.eventdesign.user.workspace.WorkspaceDecisions.after;
import static io.eventdesign.user.workspace.WorkspaceDecisions.events;
import static io.eventdesign.user.workspace.WorkspaceDecisions.given;
import static io.eventdesign.user.workspace.WorkspaceDecisions.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invitations, given past events: invited, redeemed by a sign-up, joined by the saga; revoked or released. */
class InvitationDeciderTest {

  private static final WorkspaceEvent.Created CREATED = new WorkspaceEvent.Created("w-1", "t-1", "Design", "ada", 3, List.of("tina"));
  private static final WorkspaceEvent.MemberInvited INVITED =
      new WorkspaceEvent.MemberInvited("i-1", "bob@example.com", WorkspaceRole.EDITOR, "hash-1");
  private static final WorkspaceEvent.InvitationRedeemed REDEEMED =
      new WorkspaceEvent.InvitationRedeemed("i-1", "bob@example.com", "bob");

  @Test
  void ownersInviteByEmailOnceAndAnInvitationHoldsASeat() {
    var invite = new WorkspaceCommand.InviteMember("i-1", "bob@example.com", WorkspaceRole.EDITOR, "hash-1", "ada");
    assertThat(events(given(List.of(CREATED), invite))).containsExactly(INVITED);
    assertThat(events(given(List.of(CREATED, INVITED), invite))).as("the same invitation again").isEmpty();
    assertThat(events(given(List.of(CREATED, INVITED, new WorkspaceEvent.InvitationRevoked("i-1", "bob@example.com")), invite)))
        .as("a late repeat of the request that made a revoked invitation").isEmpty();
    var again = rejection(given(List.of(CREATED, INVITED),
        new WorkspaceCommand.InviteMember("i-2", "bob@example.com", WorkspaceRole.VIEWER, "hash-2", "ada")));
    assertThat(again.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(again.field()).isEqualTo("email");

    List<WorkspaceEvent> twoInvited = List.of(CREATED, INVITED,
        new WorkspaceEvent.MemberInvited("i-2", "cy@example.com", WorkspaceRole.VIEWER, "hash-2"));
    var full = rejection(given(twoInvited, new WorkspaceCommand.AddMember("dee", WorkspaceRole.VIEWER, "ada")));
    assertThat(full.message()).as("ada and two open invitations fill the FREE plan's 3 seats").contains("3 members");
    assertThat(rejection(given(twoInvited,
        new WorkspaceCommand.InviteMember("i-3", "dee@example.com", WorkspaceRole.VIEWER, "hash-3", "ada"))).kind())
        .isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void onlyOwnersInviteAndRevoke() {
    List<WorkspaceEvent> withEditor = List.of(CREATED, new WorkspaceEvent.MemberAdded("cy", WorkspaceRole.EDITOR), INVITED);
    assertThat(rejection(given(withEditor,
        new WorkspaceCommand.InviteMember("i-2", "dee@example.com", WorkspaceRole.VIEWER, "h", "cy"))).kind())
        .isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(rejection(given(withEditor, new WorkspaceCommand.RevokeInvitation("i-1", "cy"))).kind())
        .isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(events(given(withEditor, new WorkspaceCommand.RevokeInvitation("i-1", "ada"))))
        .containsExactly(new WorkspaceEvent.InvitationRevoked("i-1", "bob@example.com"));
    assertThat(rejection(given(withEditor, new WorkspaceCommand.RevokeInvitation("i-9", "ada"))).kind())
        .isEqualTo(Rejection.Kind.NOT_FOUND);
  }

  @Test
  void aSignUpRedeemsOnlyWithTheInvitedAddressAndTheRightCodeAndOnlyOnce() {
    assertThat(events(given(List.of(CREATED, INVITED),
        new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "hash-1", "bob")))).containsExactly(REDEEMED);
    for (var wrong : List.of(
        new WorkspaceCommand.RedeemInvitation("i-1", "eve@example.com", "hash-1", "eve"),
        new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "guess", "eve"),
        new WorkspaceCommand.RedeemInvitation("i-9", "bob@example.com", "hash-1", "eve"))) {
      var refused = rejection(given(List.of(CREATED, INVITED), wrong));
      assertThat(refused.kind()).as(wrong.toString()).isEqualTo(Rejection.Kind.VALIDATION);
      assertThat(refused.field()).isEqualTo("invitation");
      assertThat(refused.message()).as("the same answer whatever was wrong").isEqualTo("not a valid invitation for this address");
    }
    assertThat(events(given(List.of(CREATED, INVITED, REDEEMED),
        new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "hash-1", "bob")))).as("the same sign-up again").isEmpty();
    assertThat(rejection(given(List.of(CREATED, INVITED, REDEEMED),
        new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "hash-1", "bob-2"))).message()).contains("already used");
    assertThat(rejection(given(List.of(CREATED, INVITED, REDEEMED), new WorkspaceCommand.RevokeInvitation("i-1", "ada"))).kind())
        .as("a redeemed invitation cannot be revoked under the sign-up").isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void theRegisteredPersonJoinsInTheInvitedRoleOnceEvenIfTheWorkspaceWasSuspendedMeanwhile() {
    List<WorkspaceEvent> redeemed = List.of(CREATED, INVITED, REDEEMED, new WorkspaceEvent.Suspended("tenant deactivated"));
    List<WorkspaceEvent> joined = events(given(redeemed, new WorkspaceCommand.JoinByInvitation("bob")));
    assertThat(joined).containsExactly(new WorkspaceEvent.MemberAdded("bob", WorkspaceRole.EDITOR));

    List<WorkspaceEvent> afterwards = new java.util.ArrayList<>(redeemed);
    afterwards.addAll(joined);
    assertThat(after(afterwards).invitations()).as("the invitation became the membership").isEmpty();
    assertThat(events(given(afterwards, new WorkspaceCommand.JoinByInvitation("bob")))).isEmpty();
    assertThat(events(given(List.of(CREATED, INVITED), new WorkspaceCommand.JoinByInvitation("eve"))))
        .as("nobody joins without having redeemed").isEmpty();
  }

  @Test
  void aRefusedSignUpReleasesTheInvitationForTheRightPersonOnly() {
    List<WorkspaceEvent> redeemed = List.of(CREATED, INVITED, REDEEMED);
    assertThat(events(given(redeemed, new WorkspaceCommand.ReleaseInvitation("i-1", "bob"))))
        .containsExactly(new WorkspaceEvent.InvitationReleased("i-1", "bob"));
    assertThat(events(given(redeemed, new WorkspaceCommand.ReleaseInvitation("i-1", "eve")))).isEmpty();
    List<WorkspaceEvent> released = List.of(CREATED, INVITED, REDEEMED, new WorkspaceEvent.InvitationReleased("i-1", "bob"));
    assertThat(events(given(released, new WorkspaceCommand.RedeemInvitation("i-1", "bob@example.com", "hash-1", "bob-2"))))
        .as("open again").containsExactly(new WorkspaceEvent.InvitationRedeemed("i-1", "bob@example.com", "bob-2"));
  }
}

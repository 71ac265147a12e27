package io.eventdesign.user.workspace;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's rules for invitations (decision 0014): its owners and its tenant's admins invite and
 * revoke; an open invitation holds a seat; a sign-up redeems it once, for one account; the registration's
 * saga turns it into a membership, and a refused registration releases it. Pure, like {@link WorkspaceDecider}.
 */
final class Invitations {

  private Invitations() {}

  static Decision<WorkspaceEvent> invite(WorkspaceCommand.InviteMember command, Workspace workspace) {
    if (!WorkspaceDecider.ownedBy(command.by(), workspace)) {
      return WorkspaceDecider.notAnOwner();
    }
    if (workspace.closedInvitations().contains(command.invitationId())) {
      return Decision.accept();  // a late repeat of the request that made it
    }
    var open = workspace.invitationFor(command.email());
    if (open.isPresent()) {
      return open.get().getKey().equals(command.invitationId()) ? Decision.accept()
          : Decision.reject(Rejection.conflict("this address is already invited; revoke that invitation first", "email"));
    }
    if (workspace.seatsTaken() >= workspace.memberLimit()) {
      return Decision.reject(Rejection.conflict("the tenant's plan allows " + workspace.memberLimit()
          + " members per workspace, open invitations included", "email"));
    }
    return Decision.accept(new WorkspaceEvent.MemberInvited(command.invitationId(), command.email(), command.role(),
        command.codeHash()));
  }

  static Decision<WorkspaceEvent> revoke(WorkspaceCommand.RevokeInvitation command, Workspace workspace) {
    if (!WorkspaceDecider.ownedBy(command.by(), workspace)) {
      return WorkspaceDecider.notAnOwner();
    }
    Workspace.Invitation invitation = workspace.invitations().get(command.invitationId());
    if (invitation == null) {
      return Decision.reject(Rejection.notFound("no open invitation " + command.invitationId()));
    }
    if (invitation.redeemedBy() != null) {
      return Decision.reject(Rejection.conflict("the invitation was just redeemed by a sign-up", "invitationId"));
    }
    return Decision.accept(new WorkspaceEvent.InvitationRevoked(command.invitationId(), invitation.email()));
  }

  /** Every refusal reads the same, so a guess learns nothing about which part was wrong. */
  static Decision<WorkspaceEvent> redeem(WorkspaceCommand.RedeemInvitation command, Workspace workspace) {
    Workspace.Invitation invitation = workspace.invitations().get(command.invitationId());
    if (invitation == null || !invitation.email().equals(command.email())
        || !invitation.codeHash().equals(command.codeHash())) {
      return Decision.reject(Rejection.validation("invitation", "not a valid invitation for this address"));
    }
    if (invitation.redeemedBy() != null) {
      return invitation.redeemedBy().equals(command.userId()) ? Decision.accept()
          : Decision.reject(Rejection.validation("invitation", "the invitation was already used"));
    }
    return Decision.accept(new WorkspaceEvent.InvitationRedeemed(command.invitationId(), invitation.email(),
        command.userId()));
  }

  static Decision<WorkspaceEvent> join(WorkspaceCommand.JoinByInvitation command, Workspace workspace) {
    if (workspace.members().containsKey(command.userId())) {
      return Decision.accept();
    }
    return workspace.invitations().values().stream().filter(i -> command.userId().equals(i.redeemedBy())).findFirst()
        .map(i -> Decision.<WorkspaceEvent>accept(new WorkspaceEvent.MemberAdded(command.userId(), i.role())))
        .orElse(Decision.accept());
  }

  static Decision<WorkspaceEvent> release(WorkspaceCommand.ReleaseInvitation command, Workspace workspace) {
    return workspace.invitations().entrySet().stream()
        .filter(e -> e.getKey().equals(command.invitationId()) && command.userId().equals(e.getValue().redeemedBy()))
        .findFirst()
        .map(e -> Decision.<WorkspaceEvent>accept(new WorkspaceEvent.InvitationReleased(e.getKey(), command.userId())))
        .orElse(Decision.accept());
  }

  /** The invitation {@code userId} redeemed, by id. */
  static Optional<String> redeemedBy(Workspace workspace, String userId) {
    return workspace.invitations().entrySet().stream().filter(e -> userId.equals(e.getValue().redeemedBy()))
        .map(Map.Entry::getKey).findFirst();
  }

  static Workspace.Invitation withRedeemer(Workspace.Invitation invitation, String userId) {
    return new Workspace.Invitation(invitation.email(), invitation.role(), invitation.codeHash(), userId);
  }
}

package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceRole;

/**
 * A new invitation as the API answers it: {@code code} is what the invited person signs up with, shown
 * only in the answer that created the invitation (null on a repeat of the request).
 */
record InvitationView(String invitationId, String email, WorkspaceRole role, String code, WorkspaceView workspace) {

  static InvitationView of(Workspace workspace, long version, InvitationCode code) {
    Workspace.Invitation invitation = workspace.invitations().get(code.invitationId());
    if (invitation == null) {
      // the same request, repeated after the invitation was redeemed or revoked
      return new InvitationView(code.invitationId(), null, null, null, WorkspaceView.of(workspace, version));
    }
    boolean issuedNow = invitation.codeHash().equals(code.hash());
    return new InvitationView(code.invitationId(), invitation.email(), invitation.role(), issuedNow ? code.text() : null,
        WorkspaceView.of(workspace, version));
  }
}

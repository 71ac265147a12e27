package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import java.util.List;

/** A workspace as the API returns it, with its members in the order they joined and its open invitations. */
record WorkspaceView(
    String id,
    long version,
    String tenantId,
    String name,
    WorkspaceStatus status,
    String statusReason,
    int memberLimit,
    List<Member> members,
    List<Invitation> invitations) {

  record Member(String userId, WorkspaceRole role) {}

  /** An invitation not yet turned into a membership; {@code redeemed} while its sign-up is being recorded. */
  record Invitation(String id, String email, WorkspaceRole role, boolean redeemed) {}

  static WorkspaceView of(Workspace workspace, long version) {
    return new WorkspaceView(workspace.id(), version, workspace.tenantId(), workspace.name(), workspace.status(),
        workspace.statusReason(), workspace.memberLimit(),
        workspace.members().entrySet().stream().map(e -> new Member(e.getKey(), e.getValue())).toList(),
        workspace.invitations().entrySet().stream().map(e -> new Invitation(e.getKey(), e.getValue().email(),
            e.getValue().role(), e.getValue().redeemedBy() != null)).toList());
  }
}

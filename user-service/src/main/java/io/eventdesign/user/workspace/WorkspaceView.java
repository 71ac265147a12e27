package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import java.util.List;

/** A workspace as the API returns it, with its members in the order they joined. */
record WorkspaceView(
    String id,
    long version,
    String tenantId,
    String name,
    WorkspaceStatus status,
    String statusReason,
    int memberLimit,
    List<Member> members) {

  record Member(String userId, WorkspaceRole role) {}

  static WorkspaceView of(Workspace workspace, long version) {
    return new WorkspaceView(workspace.id(), version, workspace.tenantId(), workspace.name(), workspace.status(),
        workspace.statusReason(), workspace.memberLimit(),
        workspace.members().entrySet().stream().map(e -> new Member(e.getKey(), e.getValue())).toList());
  }
}

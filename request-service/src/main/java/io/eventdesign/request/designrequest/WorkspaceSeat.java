package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.platform.workspace.WorkspaceDirectory;
import java.util.Optional;

/**
 * Where the creator of a request sits in the workspace they create it in, as the edge found it in the
 * workspace directory: the workspace's tenant and status, and their role (tenant, status and role null when
 * the workspace is unknown or they are not a member).
 */
public record WorkspaceSeat(String workspaceId, String tenantId, WorkspaceStatus status, WorkspaceRole role) {

  static WorkspaceSeat of(String workspaceId, String userId, WorkspaceDirectory workspaces) {
    return workspaces.find(workspaceId)
        .flatMap(workspace -> workspace.roleOf(userId)
            .map(role -> new WorkspaceSeat(workspaceId, workspace.tenantId(), workspace.status(), role)))
        .orElseGet(() -> new WorkspaceSeat(workspaceId, null, null, null));
  }

  /**
   * Why a request cannot be created here: not a member (422 naming {@code workspaceId}, whether or not the
   * workspace exists), the workspace not active (409), a viewer (403); empty when it can.
   */
  Optional<Rejection> refusal() {
    if (role == null) {
      return Optional.of(Rejection.validation("workspaceId", "you are not a member of a workspace " + workspaceId));
    }
    if (status != WorkspaceStatus.ACTIVE) {
      return Optional.of(Rejection.invalidState("workspace " + workspaceId + " is not active",
          status == null ? null : status.name()));
    }
    if (role == WorkspaceRole.VIEWER) {
      return Optional.of(Rejection.forbidden("viewers of workspace " + workspaceId + " cannot create requests in it"));
    }
    return Optional.empty();
  }
}

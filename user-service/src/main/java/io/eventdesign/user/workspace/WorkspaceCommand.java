package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceRole;

/**
 * What can be asked of a workspace. The workspace id travels in the command metadata. {@code by} is the
 * person acting, from their token (null for staff, service clients and sagas, whom the access table guards).
 */
public sealed interface WorkspaceCommand {

  /** Saga: the tenant took the workspace ({@code tenant.workspace-added}). */
  record CreateWorkspace(String workspaceId, String tenantId, String name, String ownerId, int memberLimit)
      implements WorkspaceCommand {}

  record UpdateWorkspace(String name, String by) implements WorkspaceCommand {}

  record ArchiveWorkspace(String reason, String by) implements WorkspaceCommand {}

  record AddMember(String userId, WorkspaceRole role, String by) implements WorkspaceCommand {}

  record RemoveMember(String userId, String by) implements WorkspaceCommand {}

  record ChangeMemberRole(String userId, WorkspaceRole role, String by) implements WorkspaceCommand {}

  /** Saga: the tenant's plan changed ({@code tenant.plan-changed}). */
  record ChangeLimits(int memberLimit) implements WorkspaceCommand {}

  /** Saga: the tenant was deactivated ({@code tenant.deactivated}). */
  record Suspend(String reason) implements WorkspaceCommand {}
}

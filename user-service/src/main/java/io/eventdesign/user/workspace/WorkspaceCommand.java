package io.eventdesign.user.workspace;

import java.util.List;
import io.eventdesign.contract.vocabulary.WorkspaceRole;

/**
 * What can be asked of a workspace. The workspace id travels in the command metadata. {@code by} is the
 * person acting, from their token (null for staff, service clients and sagas, whom the access table guards).
 */
public sealed interface WorkspaceCommand {

  /** Saga: the tenant took the workspace ({@code tenant.workspace-added}). */
  record CreateWorkspace(String workspaceId, String tenantId, String name, String ownerId, int memberLimit,
      List<String> tenantAdminIds) implements WorkspaceCommand {}

  record UpdateWorkspace(String name, String by) implements WorkspaceCommand {}

  record ArchiveWorkspace(String reason, String by) implements WorkspaceCommand {}

  record AddMember(String userId, WorkspaceRole role, String by) implements WorkspaceCommand {}

  record RemoveMember(String userId, String by) implements WorkspaceCommand {}

  record ChangeMemberRole(String userId, WorkspaceRole role, String by) implements WorkspaceCommand {}

  /** An owner invites someone by e-mail; only the hash of the invitation's secret code is kept. */
  record InviteMember(String invitationId, String email, WorkspaceRole role, String codeHash, String by)
      implements WorkspaceCommand {}

  record RevokeInvitation(String invitationId, String by) implements WorkspaceCommand {}

  /** A sign-up presents the invitation's code with its e-mail address, for the account {@code userId}. */
  record RedeemInvitation(String invitationId, String email, String codeHash, String userId) implements WorkspaceCommand {}

  /** The sign-up that redeemed the invitation was refused: the invitation is open again. */
  record ReleaseInvitation(String invitationId, String userId) implements WorkspaceCommand {}

  /** Saga: the account that redeemed an invitation was registered ({@code user.registered} with {@code invitedTo}). */
  record JoinByInvitation(String userId) implements WorkspaceCommand {}

  /** Saga: the tenant's plan changed ({@code tenant.plan-changed}). */
  record ChangeLimits(int memberLimit) implements WorkspaceCommand {}

  /** Saga: the tenant was deactivated ({@code tenant.deactivated}). */
  record Suspend(String reason) implements WorkspaceCommand {}
}

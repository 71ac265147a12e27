package io.eventdesign.user.workspace;

import java.util.List;
import io.eventdesign.contract.vocabulary.WorkspaceRole;

/** What happened to a workspace. Mapped one to one onto the contract's workspace events. */
public sealed interface WorkspaceEvent {

  record Created(String workspaceId, String tenantId, String name, String ownerId, int memberLimit,
      List<String> tenantAdminIds)
      implements WorkspaceEvent {}

  record Updated(String name) implements WorkspaceEvent {}

  record Archived(String reason) implements WorkspaceEvent {}

  record MemberAdded(String userId, WorkspaceRole role) implements WorkspaceEvent {}

  record MemberRemoved(String userId) implements WorkspaceEvent {}

  record MemberRoleChanged(String userId, WorkspaceRole role, WorkspaceRole previousRole) implements WorkspaceEvent {}

  record LimitsChanged(int memberLimit) implements WorkspaceEvent {}

  record MemberInvited(String invitationId, String email, WorkspaceRole role, String codeHash) implements WorkspaceEvent {}

  record InvitationRevoked(String invitationId, String email) implements WorkspaceEvent {}

  record InvitationRedeemed(String invitationId, String email, String userId) implements WorkspaceEvent {}

  record InvitationReleased(String invitationId, String userId) implements WorkspaceEvent {}

  record Suspended(String reason) implements WorkspaceEvent {}
}

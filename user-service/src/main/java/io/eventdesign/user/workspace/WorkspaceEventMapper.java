package io.eventdesign.user.workspace;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.workspace.WorkspaceArchived;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceMemberAdded;
import io.eventdesign.contract.workspace.WorkspaceMemberRemoved;
import io.eventdesign.contract.workspace.WorkspaceMemberRoleChanged;
import io.eventdesign.contract.workspace.WorkspaceInvitationRedeemed;
import io.eventdesign.contract.workspace.WorkspaceInvitationReleased;
import io.eventdesign.contract.workspace.WorkspaceInvitationRevoked;
import io.eventdesign.contract.workspace.WorkspaceMemberInvited;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.contract.workspace.WorkspaceUpdated;
import io.eventdesign.platform.command.EventMapper;
import org.apache.avro.specific.SpecificRecord;

/** Domain workspace events to the public contract records on {@code workspaces.events}. */
final class WorkspaceEventMapper implements EventMapper<WorkspaceEvent, Workspace> {

  @Override
  public SpecificRecord toRecord(WorkspaceEvent event, Workspace state, Envelope envelope) {
    return switch (event) {
      case WorkspaceEvent.Created c -> WorkspaceCreated.newBuilder().setEnvelope(envelope).setTenantId(c.tenantId())
          .setTenantAdminIds(c.tenantAdminIds())
          .setName(c.name()).setOwnerId(c.ownerId()).setMemberLimit(c.memberLimit()).build();
      case WorkspaceEvent.Updated u -> WorkspaceUpdated.newBuilder().setEnvelope(envelope).setName(u.name()).build();
      case WorkspaceEvent.Archived a -> WorkspaceArchived.newBuilder().setEnvelope(envelope).setReason(a.reason()).build();
      case WorkspaceEvent.MemberAdded m -> WorkspaceMemberAdded.newBuilder().setEnvelope(envelope).setUserId(m.userId())
          .setRole(m.role().name()).build();
      case WorkspaceEvent.MemberRemoved m -> WorkspaceMemberRemoved.newBuilder().setEnvelope(envelope)
          .setUserId(m.userId()).build();
      case WorkspaceEvent.MemberRoleChanged m -> WorkspaceMemberRoleChanged.newBuilder().setEnvelope(envelope)
          .setUserId(m.userId()).setRole(m.role().name()).setPreviousRole(m.previousRole().name()).build();
      case WorkspaceEvent.LimitsChanged l -> WorkspaceLimitsChanged.newBuilder().setEnvelope(envelope)
          .setMemberLimit(l.memberLimit()).build();
      case WorkspaceEvent.Suspended s -> WorkspaceSuspended.newBuilder().setEnvelope(envelope).setReason(s.reason())
          .build();
      case WorkspaceEvent.MemberInvited i -> WorkspaceMemberInvited.newBuilder().setEnvelope(envelope)
          .setInvitationId(i.invitationId()).setEmail(i.email()).setRole(i.role().name()).setCodeHash(i.codeHash()).build();
      case WorkspaceEvent.InvitationRevoked r -> WorkspaceInvitationRevoked.newBuilder().setEnvelope(envelope)
          .setInvitationId(r.invitationId()).setEmail(r.email()).build();
      case WorkspaceEvent.InvitationRedeemed r -> WorkspaceInvitationRedeemed.newBuilder().setEnvelope(envelope)
          .setInvitationId(r.invitationId()).setEmail(r.email()).setUserId(r.userId()).build();
      case WorkspaceEvent.InvitationReleased r -> WorkspaceInvitationReleased.newBuilder().setEnvelope(envelope)
          .setInvitationId(r.invitationId()).setUserId(r.userId()).build();
    };
  }
}

package io.eventdesign.user.workspace;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import java.util.Map;

/** How the generic command processor runs workspaces: every member acts on and reads theirs (roles decide the rest). */
public final class WorkspaceAggregate {

  public static final AggregateDefinition<WorkspaceCommand, WorkspaceEvent, Workspace> DEFINITION =
      new AggregateDefinition<>(
          "workspace",
          new WorkspaceDecider(),
          Map.ofEntries(
              Map.entry("CreateWorkspace", WorkspaceCommand.CreateWorkspace.class),
              Map.entry("UpdateWorkspace", WorkspaceCommand.UpdateWorkspace.class),
              Map.entry("ArchiveWorkspace", WorkspaceCommand.ArchiveWorkspace.class),
              Map.entry("AddMember", WorkspaceCommand.AddMember.class),
              Map.entry("RemoveMember", WorkspaceCommand.RemoveMember.class),
              Map.entry("ChangeMemberRole", WorkspaceCommand.ChangeMemberRole.class),
              Map.entry("InviteMember", WorkspaceCommand.InviteMember.class),
              Map.entry("RevokeInvitation", WorkspaceCommand.RevokeInvitation.class),
              Map.entry("RedeemInvitation", WorkspaceCommand.RedeemInvitation.class),
              Map.entry("ReleaseInvitation", WorkspaceCommand.ReleaseInvitation.class),
              Map.entry("JoinByInvitation", WorkspaceCommand.JoinByInvitation.class),
              Map.entry("ChangeLimits", WorkspaceCommand.ChangeLimits.class),
              Map.entry("Suspend", WorkspaceCommand.Suspend.class)),
          Workspace.class,
          new WorkspaceEventMapper(),
          Topics.WORKSPACES_COMMANDS,
          Topics.WORKSPACES_EVENTS,
          People.members(Workspace::people),
          Workspace::tenantId);

  private WorkspaceAggregate() {}
}

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
          Map.of(
              "CreateWorkspace", WorkspaceCommand.CreateWorkspace.class,
              "UpdateWorkspace", WorkspaceCommand.UpdateWorkspace.class,
              "ArchiveWorkspace", WorkspaceCommand.ArchiveWorkspace.class,
              "AddMember", WorkspaceCommand.AddMember.class,
              "RemoveMember", WorkspaceCommand.RemoveMember.class,
              "ChangeMemberRole", WorkspaceCommand.ChangeMemberRole.class,
              "ChangeLimits", WorkspaceCommand.ChangeLimits.class,
              "Suspend", WorkspaceCommand.Suspend.class),
          Workspace.class,
          new WorkspaceEventMapper(),
          Topics.WORKSPACES_COMMANDS,
          Topics.WORKSPACES_EVENTS,
          People.members(Workspace::memberIds),
          Workspace::tenantId);

  private WorkspaceAggregate() {}
}

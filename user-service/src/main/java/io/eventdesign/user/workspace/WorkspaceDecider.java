package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a workspace: its owners (and its tenant's admins) manage it and its members, it keeps at
 * least one owner, and it holds no more members than the tenant's plan allows; invitations follow
 * {@link Invitations}. Pure: no clock, no I/O.
 */
public final class WorkspaceDecider implements Decider<WorkspaceCommand, WorkspaceEvent, Workspace> {

  @Override
  public Workspace initialState() {
    return Workspace.ABSENT;
  }

  @Override
  public Decision<WorkspaceEvent> decide(WorkspaceCommand command, Workspace workspace) {
    if (command instanceof WorkspaceCommand.CreateWorkspace create) {
      return create(create, workspace);
    }
    if (!workspace.exists()) {
      return Decision.reject(Rejection.notFound("no such workspace"));
    }
    if (command instanceof WorkspaceCommand.ChangeLimits limits) {
      // the plan's limits follow the tenant whatever the workspace's status
      return limits.memberLimit() == workspace.memberLimit() ? Decision.accept()
          : Decision.accept(new WorkspaceEvent.LimitsChanged(limits.memberLimit()));
    }
    if (command instanceof WorkspaceCommand.JoinByInvitation join) {
      // the seat was taken when the invitation was redeemed: the person joins whatever happened since
      return Invitations.join(join, workspace);
    }
    if (command instanceof WorkspaceCommand.ReleaseInvitation release) {
      return Invitations.release(release, workspace);
    }
    if (command instanceof WorkspaceCommand.Suspend suspend) {
      return workspace.status() == WorkspaceStatus.SUSPENDED ? Decision.accept()
          : Decision.accept(new WorkspaceEvent.Suspended(suspend.reason()));
    }
    if (workspace.status() != WorkspaceStatus.ACTIVE) {
      return Decision.reject(Rejection.invalidState("the workspace is " + workspace.status().name().toLowerCase()
          + " and takes no more changes", workspace.status().name()));
    }
    return switch (command) {
      case WorkspaceCommand.UpdateWorkspace update -> update(update, workspace);
      case WorkspaceCommand.ArchiveWorkspace archive -> ownedBy(archive.by(), workspace)
          ? Decision.accept(new WorkspaceEvent.Archived(archive.reason())) : notAnOwner();
      case WorkspaceCommand.AddMember add -> addMember(add, workspace);
      case WorkspaceCommand.RemoveMember remove -> removeMember(remove, workspace);
      case WorkspaceCommand.ChangeMemberRole change -> changeRole(change, workspace);
      case WorkspaceCommand.InviteMember invite -> Invitations.invite(invite, workspace);
      case WorkspaceCommand.RevokeInvitation revoke -> Invitations.revoke(revoke, workspace);
      case WorkspaceCommand.RedeemInvitation redeem -> Invitations.redeem(redeem, workspace);
      case WorkspaceCommand.ReleaseInvitation ignored -> throw new IllegalStateException("handled above");
      case WorkspaceCommand.JoinByInvitation ignored -> throw new IllegalStateException("handled above");
      case WorkspaceCommand.CreateWorkspace ignored -> throw new IllegalStateException("handled above");
      case WorkspaceCommand.ChangeLimits ignored -> throw new IllegalStateException("handled above");
      case WorkspaceCommand.Suspend ignored -> throw new IllegalStateException("handled above");
    };
  }

  private static Decision<WorkspaceEvent> create(WorkspaceCommand.CreateWorkspace command, Workspace workspace) {
    if (workspace.exists()) {
      // the saga's retry of the same creation changes nothing; another creation under this id is refused
      return workspace.tenantId().equals(command.tenantId()) ? Decision.accept()
          : Decision.reject(Rejection.conflict("the workspace already exists", "id"));
    }
    if (isBlank(command.name())) {
      return Decision.reject(Rejection.validation("name", "must not be blank"));
    }
    if (isBlank(command.ownerId())) {
      return Decision.reject(Rejection.validation("ownerId", "a workspace needs an owner"));
    }
    return Decision.accept(new WorkspaceEvent.Created(command.workspaceId(), command.tenantId(), command.name().trim(),
        command.ownerId(), command.memberLimit(),
        command.tenantAdminIds() == null ? List.of() : List.copyOf(new TreeSet<>(command.tenantAdminIds()))));
  }

  private static Decision<WorkspaceEvent> update(WorkspaceCommand.UpdateWorkspace command, Workspace workspace) {
    if (!ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    if (isBlank(command.name())) {
      return Decision.reject(Rejection.validation("name", "must not be blank"));
    }
    String name = command.name().trim();
    return name.equals(workspace.name()) ? Decision.accept() : Decision.accept(new WorkspaceEvent.Updated(name));
  }

  private static Decision<WorkspaceEvent> addMember(WorkspaceCommand.AddMember command, Workspace workspace) {
    if (!ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    WorkspaceRole current = workspace.members().get(command.userId());
    if (current == command.role()) {
      return Decision.accept();
    }
    if (current != null) {
      return Decision.reject(Rejection.conflict("already a member as " + current + "; change the member's role instead",
          "userId"));
    }
    if (workspace.seatsTaken() >= workspace.memberLimit()) {
      return Decision.reject(Rejection.conflict("the tenant's plan allows " + workspace.memberLimit()
          + " members per workspace", "userId"));
    }
    return Decision.accept(new WorkspaceEvent.MemberAdded(command.userId(), command.role()));
  }

  private static Decision<WorkspaceEvent> removeMember(WorkspaceCommand.RemoveMember command, Workspace workspace) {
    boolean leaving = command.userId().equals(command.by());
    if (!leaving && !ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    WorkspaceRole role = workspace.members().get(command.userId());
    if (role == null) {
      return Decision.accept();
    }
    if (role == WorkspaceRole.OWNER && workspace.owners() == 1) {
      return lastOwner();
    }
    return Decision.accept(new WorkspaceEvent.MemberRemoved(command.userId()));
  }

  private static Decision<WorkspaceEvent> changeRole(WorkspaceCommand.ChangeMemberRole command, Workspace workspace) {
    if (!ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    WorkspaceRole current = workspace.members().get(command.userId());
    if (current == null) {
      return Decision.reject(Rejection.validation("userId", "not a member of this workspace"));
    }
    if (current == command.role()) {
      return Decision.accept();
    }
    if (current == WorkspaceRole.OWNER && workspace.owners() == 1) {
      return lastOwner();
    }
    return Decision.accept(new WorkspaceEvent.MemberRoleChanged(command.userId(), command.role(), current));
  }

  @Override
  public Workspace evolve(Workspace workspace, WorkspaceEvent event) {
    return switch (event) {
      case WorkspaceEvent.Created c -> new Workspace(c.workspaceId(), c.tenantId(), c.name(), WorkspaceStatus.ACTIVE,
          Map.of(c.ownerId(), WorkspaceRole.OWNER), c.memberLimit(), null, Map.of(), Set.of(),
          c.tenantAdminIds() == null ? Set.of() : Set.copyOf(c.tenantAdminIds()));
      case WorkspaceEvent.Updated u -> workspace.named(u.name());
      case WorkspaceEvent.Archived a -> workspace.inStatus(WorkspaceStatus.ARCHIVED, a.reason());
      case WorkspaceEvent.MemberAdded m -> Invitations.redeemedBy(workspace, m.userId()).map(workspace::withoutInvitation)
          .orElse(workspace).withMember(m.userId(), m.role());
      case WorkspaceEvent.MemberRemoved m -> workspace.without(m.userId());
      case WorkspaceEvent.MemberRoleChanged m -> workspace.withMember(m.userId(), m.role());
      case WorkspaceEvent.LimitsChanged l -> workspace.withLimit(l.memberLimit());
      case WorkspaceEvent.Suspended s -> workspace.inStatus(WorkspaceStatus.SUSPENDED, s.reason());
      case WorkspaceEvent.MemberInvited i -> workspace.withInvitation(i.invitationId(),
          new Workspace.Invitation(i.email(), i.role(), i.codeHash(), null));
      case WorkspaceEvent.InvitationRevoked r -> workspace.withoutInvitation(r.invitationId());
      case WorkspaceEvent.InvitationRedeemed r -> workspace.withInvitation(r.invitationId(),
          Invitations.withRedeemer(workspace.invitations().get(r.invitationId()), r.userId()));
      case WorkspaceEvent.InvitationReleased r -> workspace.withInvitation(r.invitationId(),
          Invitations.withRedeemer(workspace.invitations().get(r.invitationId()), null));
    };
  }

  /** Staff, service clients and sagas act as {@code null}; a person must own it or administer its tenant. */
  static boolean ownedBy(String by, Workspace workspace) {
    return by == null || workspace.managedBy(by);
  }

  static Decision<WorkspaceEvent> notAnOwner() {
    return Decision.reject(Rejection.forbidden("only the workspace's owners and its tenant's admins may do this"));
  }

  private static Decision<WorkspaceEvent> lastOwner() {
    return Decision.reject(Rejection.conflict("a workspace keeps at least one owner: make another member an owner first",
        "userId"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

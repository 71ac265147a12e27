package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a workspace: its owners manage it and its members, it keeps at least one owner, and it
 * holds no more members than the tenant's plan allows. Pure: no clock, no I/O.
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
      return join(join, workspace);
    }
    if (command instanceof WorkspaceCommand.ReleaseInvitation release) {
      return workspace.invitations().entrySet().stream()
          .filter(e -> e.getKey().equals(release.invitationId()) && release.userId().equals(e.getValue().redeemedBy()))
          .findFirst().map(e -> Decision.<WorkspaceEvent>accept(new WorkspaceEvent.InvitationReleased(e.getKey(), release.userId())))
          .orElse(Decision.accept());
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
      case WorkspaceCommand.InviteMember invite -> invite(invite, workspace);
      case WorkspaceCommand.RevokeInvitation revoke -> revoke(revoke, workspace);
      case WorkspaceCommand.RedeemInvitation redeem -> redeem(redeem, workspace);
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
        command.ownerId(), command.memberLimit()));
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

  private static Decision<WorkspaceEvent> invite(WorkspaceCommand.InviteMember command, Workspace workspace) {
    if (!ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    if (workspace.closedInvitations().contains(command.invitationId())) {
      return Decision.accept();  // a late repeat of the request that made it
    }
    var open = workspace.invitationFor(command.email());
    if (open.isPresent()) {
      return open.get().getKey().equals(command.invitationId()) ? Decision.accept()
          : Decision.reject(Rejection.conflict("this address is already invited; revoke that invitation first", "email"));
    }
    if (workspace.seatsTaken() >= workspace.memberLimit()) {
      return Decision.reject(Rejection.conflict("the tenant's plan allows " + workspace.memberLimit()
          + " members per workspace, open invitations included", "email"));
    }
    return Decision.accept(new WorkspaceEvent.MemberInvited(command.invitationId(), command.email(), command.role(),
        command.codeHash()));
  }

  private static Decision<WorkspaceEvent> revoke(WorkspaceCommand.RevokeInvitation command, Workspace workspace) {
    if (!ownedBy(command.by(), workspace)) {
      return notAnOwner();
    }
    Workspace.Invitation invitation = workspace.invitations().get(command.invitationId());
    if (invitation == null) {
      return Decision.reject(Rejection.notFound("no open invitation " + command.invitationId()));
    }
    if (invitation.redeemedBy() != null) {
      return Decision.reject(Rejection.conflict("the invitation was just redeemed by a sign-up", "invitationId"));
    }
    return Decision.accept(new WorkspaceEvent.InvitationRevoked(command.invitationId(), invitation.email()));
  }

  /** Every refusal reads the same, so a guess learns nothing about which part was wrong. */
  private static Decision<WorkspaceEvent> redeem(WorkspaceCommand.RedeemInvitation command, Workspace workspace) {
    Workspace.Invitation invitation = workspace.invitations().get(command.invitationId());
    if (invitation == null || !invitation.email().equals(command.email())
        || !invitation.codeHash().equals(command.codeHash())) {
      return Decision.reject(Rejection.validation("invitation", "not a valid invitation for this address"));
    }
    if (invitation.redeemedBy() != null) {
      return invitation.redeemedBy().equals(command.userId()) ? Decision.accept()
          : Decision.reject(Rejection.validation("invitation", "the invitation was already used"));
    }
    return Decision.accept(new WorkspaceEvent.InvitationRedeemed(command.invitationId(), invitation.email(),
        command.userId()));
  }

  private static Decision<WorkspaceEvent> join(WorkspaceCommand.JoinByInvitation command, Workspace workspace) {
    if (workspace.members().containsKey(command.userId())) {
      return Decision.accept();
    }
    return workspace.invitations().values().stream().filter(i -> command.userId().equals(i.redeemedBy())).findFirst()
        .map(i -> Decision.<WorkspaceEvent>accept(new WorkspaceEvent.MemberAdded(command.userId(), i.role())))
        .orElse(Decision.accept());
  }

  @Override
  public Workspace evolve(Workspace workspace, WorkspaceEvent event) {
    return switch (event) {
      case WorkspaceEvent.Created c -> new Workspace(c.workspaceId(), c.tenantId(), c.name(), WorkspaceStatus.ACTIVE,
          Map.of(c.ownerId(), WorkspaceRole.OWNER), c.memberLimit(), null, Map.of(), Set.of());
      case WorkspaceEvent.Updated u -> workspace.named(u.name());
      case WorkspaceEvent.Archived a -> workspace.inStatus(WorkspaceStatus.ARCHIVED, a.reason());
      case WorkspaceEvent.MemberAdded m -> redeemedBy(workspace, m.userId()).map(workspace::withoutInvitation)
          .orElse(workspace).withMember(m.userId(), m.role());
      case WorkspaceEvent.MemberRemoved m -> workspace.without(m.userId());
      case WorkspaceEvent.MemberRoleChanged m -> workspace.withMember(m.userId(), m.role());
      case WorkspaceEvent.LimitsChanged l -> workspace.withLimit(l.memberLimit());
      case WorkspaceEvent.Suspended s -> workspace.inStatus(WorkspaceStatus.SUSPENDED, s.reason());
      case WorkspaceEvent.MemberInvited i -> workspace.withInvitation(i.invitationId(),
          new Workspace.Invitation(i.email(), i.role(), i.codeHash(), null));
      case WorkspaceEvent.InvitationRevoked r -> workspace.withoutInvitation(r.invitationId());
      case WorkspaceEvent.InvitationRedeemed r -> workspace.withInvitation(r.invitationId(),
          withRedeemer(workspace.invitations().get(r.invitationId()), r.userId()));
      case WorkspaceEvent.InvitationReleased r -> workspace.withInvitation(r.invitationId(),
          withRedeemer(workspace.invitations().get(r.invitationId()), null));
    };
  }

  /** The invitation {@code userId} redeemed, by id. */
  private static java.util.Optional<String> redeemedBy(Workspace workspace, String userId) {
    return workspace.invitations().entrySet().stream().filter(e -> userId.equals(e.getValue().redeemedBy()))
        .map(Map.Entry::getKey).findFirst();
  }

  private static Workspace.Invitation withRedeemer(Workspace.Invitation invitation, String userId) {
    return new Workspace.Invitation(invitation.email(), invitation.role(), invitation.codeHash(), userId);
  }

  /** Staff, service clients and sagas act as {@code null}; a person must own the workspace. */
  private static boolean ownedBy(String by, Workspace workspace) {
    return by == null || workspace.members().get(by) == WorkspaceRole.OWNER;
  }

  private static Decision<WorkspaceEvent> notAnOwner() {
    return Decision.reject(Rejection.forbidden("only the workspace's owners may do this"));
  }

  private static Decision<WorkspaceEvent> lastOwner() {
    return Decision.reject(Rejection.conflict("a workspace keeps at least one owner: make another member an owner first",
        "userId"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

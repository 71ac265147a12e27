package io.eventdesign.user.workspace;

import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Current state of one workspace, as the decider sees it. {@link #ABSENT} before it is created.
 *
 * @param members each member's role, in the order they joined
 * @param memberLimit how many members the tenant's plan allows (open invitations hold a seat each)
 * @param invitations the invitations not yet turned into a membership, by id, in the order they were made
 * @param closedInvitations the ids of invitations revoked or turned into a membership (a late repeat of the
 *     request that made one makes nothing)
 * @param tenantAdmins its tenant's admins when it was created: they manage it as its owners do, without
 *     being members (none for workspaces created before v3 of {@code workspace.created})
 */
public record Workspace(String id, String tenantId, String name, WorkspaceStatus status,
    Map<String, WorkspaceRole> members, int memberLimit, String statusReason, Map<String, Invitation> invitations,
    Set<String> closedInvitations, Set<String> tenantAdmins) {

  /**
   * An invitation by e-mail; {@code redeemedBy} is the account a sign-up with its code is creating (null
   * while it is open).
   */
  public record Invitation(String email, WorkspaceRole role, String codeHash, String redeemedBy) {}

  public static final Workspace ABSENT = new Workspace(null, null, null, null, Map.of(), 0, null, Map.of(), Set.of(), Set.of());

  public Workspace {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    invitations = Collections.unmodifiableMap(new LinkedHashMap<>(invitations == null ? Map.of() : invitations));
    closedInvitations = closedInvitations == null ? Set.of() : Set.copyOf(closedInvitations);
    tenantAdmins = tenantAdmins == null ? Set.of() : Set.copyOf(tenantAdmins);
  }

  public boolean exists() {
    return id != null;
  }

  /** The people who belong to it, whatever their role. */
  public Set<String> memberIds() {
    return members.keySet();
  }

  /** The people who act on it: its members and its tenant's admins. */
  public Set<String> people() {
    Set<String> people = new java.util.HashSet<>(members.keySet());
    people.addAll(tenantAdmins);
    return people;
  }

  /** Whether {@code userId} manages it: one of its owners, or an admin of its tenant. */
  boolean managedBy(String userId) {
    return members.get(userId) == WorkspaceRole.OWNER || tenantAdmins.contains(userId);
  }

  long owners() {
    return members.values().stream().filter(role -> role == WorkspaceRole.OWNER).count();
  }

  Workspace named(String newName) {
    return new Workspace(id, tenantId, newName, status, members, memberLimit, statusReason, invitations, closedInvitations, tenantAdmins);
  }

  Workspace inStatus(WorkspaceStatus newStatus, String reason) {
    return new Workspace(id, tenantId, name, newStatus, members, memberLimit, reason, invitations, closedInvitations, tenantAdmins);
  }

  Workspace withLimit(int newLimit) {
    return new Workspace(id, tenantId, name, status, members, newLimit, statusReason, invitations, closedInvitations, tenantAdmins);
  }

  Workspace withMember(String userId, WorkspaceRole role) {
    Map<String, WorkspaceRole> changed = new LinkedHashMap<>(members);
    changed.put(userId, role);
    return new Workspace(id, tenantId, name, status, changed, memberLimit, statusReason, invitations, closedInvitations, tenantAdmins);
  }

  /** Seats taken: members and invitations not yet turned into a membership. */
  int seatsTaken() {
    return members.size() + invitations.size();
  }

  /** The open (not redeemed) invitation for {@code email}, if any. */
  java.util.Optional<Map.Entry<String, Invitation>> invitationFor(String email) {
    return invitations.entrySet().stream().filter(e -> e.getValue().email().equals(email)).findFirst();
  }

  Workspace withInvitation(String invitationId, Invitation invitation) {
    Map<String, Invitation> changed = new LinkedHashMap<>(invitations);
    changed.put(invitationId, invitation);
    return new Workspace(id, tenantId, name, status, members, memberLimit, statusReason, changed, closedInvitations, tenantAdmins);
  }

  Workspace withoutInvitation(String invitationId) {
    Map<String, Invitation> changed = new LinkedHashMap<>(invitations);
    changed.remove(invitationId);
    Set<String> closed = new java.util.HashSet<>(closedInvitations);
    closed.add(invitationId);
    return new Workspace(id, tenantId, name, status, members, memberLimit, statusReason, changed, closed, tenantAdmins);
  }

  Workspace without(String userId) {
    Map<String, WorkspaceRole> changed = new LinkedHashMap<>(members);
    changed.remove(userId);
    return new Workspace(id, tenantId, name, status, changed, memberLimit, statusReason, invitations, closedInvitations, tenantAdmins);
  }
}

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
 * @param memberLimit how many members the tenant's plan allows
 */
public record Workspace(String id, String tenantId, String name, WorkspaceStatus status,
    Map<String, WorkspaceRole> members, int memberLimit, String statusReason) {

  public static final Workspace ABSENT = new Workspace(null, null, null, null, Map.of(), 0, null);

  public Workspace {
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  public boolean exists() {
    return id != null;
  }

  /** The people who belong to it, whatever their role. */
  public Set<String> memberIds() {
    return members.keySet();
  }

  long owners() {
    return members.values().stream().filter(role -> role == WorkspaceRole.OWNER).count();
  }

  Workspace named(String newName) {
    return new Workspace(id, tenantId, newName, status, members, memberLimit, statusReason);
  }

  Workspace inStatus(WorkspaceStatus newStatus, String reason) {
    return new Workspace(id, tenantId, name, newStatus, members, memberLimit, reason);
  }

  Workspace withLimit(int newLimit) {
    return new Workspace(id, tenantId, name, status, members, newLimit, statusReason);
  }

  Workspace withMember(String userId, WorkspaceRole role) {
    Map<String, WorkspaceRole> changed = new LinkedHashMap<>(members);
    changed.put(userId, role);
    return new Workspace(id, tenantId, name, status, changed, memberLimit, statusReason);
  }

  Workspace without(String userId) {
    Map<String, WorkspaceRole> changed = new LinkedHashMap<>(members);
    changed.remove(userId);
    return new Workspace(id, tenantId, name, status, changed, memberLimit, statusReason);
  }
}

package io.eventdesign.platform.workspace;

import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.vocabulary.Vocabulary;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One workspace as a write side sees it: its tenant, its status and each member's role. Values this
 * build does not know (a newer publisher's) grant the least: an unknown status is not active (null), an
 * unknown role reads only ({@code VIEWER}).
 */
public record WorkspaceEntry(String id, String tenantId, WorkspaceStatus status, Map<String, WorkspaceRole> roles) {

  public WorkspaceEntry {
    roles = Map.copyOf(roles);
  }

  static WorkspaceEntry of(WorkspaceState state) {
    return new WorkspaceEntry(state.getId(), state.getTenantId(),
        Vocabulary.parse(WorkspaceStatus.class, state.getStatus()).orElse(null),
        state.getMembers().stream().collect(Collectors.toMap(WorkspaceMembership::getUserId,
            member -> Vocabulary.parse(WorkspaceRole.class, member.getRole()).orElse(WorkspaceRole.VIEWER),
            (first, second) -> second)));
  }

  /** The role of {@code userId} here; empty when they are not a member. */
  public Optional<WorkspaceRole> roleOf(String userId) {
    return Optional.ofNullable(userId == null ? null : roles.get(userId));
  }

  public boolean active() {
    return status == WorkspaceStatus.ACTIVE;
  }
}

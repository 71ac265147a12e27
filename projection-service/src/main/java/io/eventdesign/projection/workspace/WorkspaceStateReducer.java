package io.eventdesign.projection.workspace;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.vocabulary.WorkspaceRole;
import io.eventdesign.contract.vocabulary.WorkspaceStatus;
import io.eventdesign.contract.workspace.WorkspaceArchived;
import io.eventdesign.contract.workspace.WorkspaceCreated;
import io.eventdesign.contract.workspace.WorkspaceLimitsChanged;
import io.eventdesign.contract.workspace.WorkspaceMemberAdded;
import io.eventdesign.contract.workspace.WorkspaceMemberRemoved;
import io.eventdesign.contract.workspace.WorkspaceMemberRoleChanged;
import io.eventdesign.contract.workspace.WorkspaceSuspended;
import io.eventdesign.contract.workspace.WorkspaceUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Folds workspace events into the public {@code workspace.state} with its members. Pure; the one
 * reducer behind {@code workspaces.state} (so the {@code workspaces} and {@code workspace_members}
 * tables) and behind a workspace's state as of an instant. Events at or below the current version are
 * ignored, so re-delivery never applies anything twice.
 */
public final class WorkspaceStateReducer {

  private WorkspaceStateReducer() {}

  /** @param current the state so far, or null before the first event */
  public static WorkspaceState apply(WorkspaceState current, SpecificRecord event) {
    Envelope envelope = (Envelope) event.get(0);
    if (current != null && envelope.getAggregateVersion() <= current.getVersion()) {
      return current;
    }
    if (current == null && !(event instanceof WorkspaceCreated)) {
      return null;
    }
    Instant at = envelope.getOccurredAt();
    WorkspaceState.Builder next = switch (event) {
      case WorkspaceCreated c -> WorkspaceState.newBuilder()
          .setId(envelope.getAggregateId()).setTenantId(c.getTenantId()).setName(c.getName())
          .setStatus(WorkspaceStatus.ACTIVE.name()).setMemberLimit(c.getMemberLimit())
          .setMembers(List.of(membership(c.getOwnerId(), WorkspaceRole.OWNER.name(), at))).setCreatedAt(at);
      case WorkspaceUpdated u -> WorkspaceState.newBuilder(current).setName(u.getName());
      case WorkspaceArchived a -> inStatus(current, WorkspaceStatus.ARCHIVED, a.getReason());
      case WorkspaceSuspended s -> inStatus(current, WorkspaceStatus.SUSPENDED, s.getReason());
      case WorkspaceLimitsChanged l -> WorkspaceState.newBuilder(current).setMemberLimit(l.getMemberLimit());
      case WorkspaceMemberAdded m -> WorkspaceState.newBuilder(current)
          .setMembers(withMember(current.getMembers(), membership(m.getUserId(), m.getRole(), at)));
      case WorkspaceMemberRoleChanged r -> WorkspaceState.newBuilder(current)
          .setMembers(withRole(current.getMembers(), r.getUserId(), r.getRole()));
      case WorkspaceMemberRemoved r -> WorkspaceState.newBuilder(current)
          .setMembers(current.getMembers().stream().filter(m -> !m.getUserId().equals(r.getUserId())).toList());
      // invitations (and any event type added later) change nothing public: the version moves on
      default -> WorkspaceState.newBuilder(current);
    };
    return next.setVersion(envelope.getAggregateVersion()).setUpdatedAt(at).setLastEventId(envelope.getEventId()).build();
  }

  private static WorkspaceState.Builder inStatus(WorkspaceState current, WorkspaceStatus status, String reason) {
    return WorkspaceState.newBuilder(current).setStatus(status.name()).setStatusReason(reason);
  }

  private static WorkspaceMembership membership(String userId, String role, Instant since) {
    return WorkspaceMembership.newBuilder().setUserId(userId).setRole(role).setSince(since).build();
  }

  private static List<WorkspaceMembership> withMember(List<WorkspaceMembership> members, WorkspaceMembership added) {
    List<WorkspaceMembership> result = new ArrayList<>(members.stream()
        .filter(m -> !m.getUserId().equals(added.getUserId())).toList());
    result.add(added);
    return result;
  }

  private static List<WorkspaceMembership> withRole(List<WorkspaceMembership> members, String userId, String role) {
    return members.stream()
        .map(m -> m.getUserId().equals(userId) ? WorkspaceMembership.newBuilder(m).setRole(role).build() : m)
        .toList();
  }
}

package io.eventdesign.projection.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.eventdesign.contract.state.WorkspaceState;
import java.time.Instant;
import java.util.List;

/**
 * One workspace as the query API returns it: its {@code workspaces} row with its members from
 * {@code workspace_members} (lists leave the members out: {@code members} is null, {@code memberCount} says
 * how many).
 */
public record WorkspaceRow(
    String id,
    long version,
    String tenantId,
    String name,
    String status,
    String statusReason,
    int memberLimit,
    int memberCount,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<MemberRow> members,
    Instant createdAt,
    Instant updatedAt) {

  /** One member of a workspace. */
  public record MemberRow(String userId, String role, Instant since) {}

  /** The workspace {@code state} describes. */
  public static WorkspaceRow of(WorkspaceState s) {
    List<MemberRow> members = s.getMembers().stream()
        .map(m -> new MemberRow(m.getUserId(), m.getRole(), m.getSince())).toList();
    return new WorkspaceRow(s.getId(), s.getVersion(), s.getTenantId(), s.getName(), s.getStatus(), s.getStatusReason(),
        s.getMemberLimit(), members.size(), members, s.getCreatedAt(), s.getUpdatedAt());
  }

  WorkspaceRow withMembers(List<MemberRow> listed) {
    return new WorkspaceRow(id, version, tenantId, name, status, statusReason, memberLimit, memberCount, listed,
        createdAt, updatedAt);
  }
}

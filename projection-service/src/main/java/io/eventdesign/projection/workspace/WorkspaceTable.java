package io.eventdesign.projection.workspace;

import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.projection.sink.StateTableWriter;
import java.sql.Timestamp;
import java.util.List;

/** The {@code workspaces} table: one row per workspace, its newest state from {@code workspaces.state}. */
final class WorkspaceTable {

  static final StateTableWriter.Shape<WorkspaceState> SHAPE = new StateTableWriter.Shape<>("workspaces",
      WorkspaceState.class,
      List.of("id", "tenant_id", "name", "status", "status_reason", "member_limit", "member_count", "version",
          "created_at", "updated_at"),
      WorkspaceTable::row);

  private WorkspaceTable() {}

  private static Object[] row(WorkspaceState s) {
    return new Object[] {
        s.getId(), s.getTenantId(), s.getName(), s.getStatus(), s.getStatusReason(), s.getMemberLimit(),
        s.getMembers().size(), s.getVersion(), Timestamp.from(s.getCreatedAt()), Timestamp.from(s.getUpdatedAt())};
  }
}

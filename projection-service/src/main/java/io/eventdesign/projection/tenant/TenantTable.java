package io.eventdesign.projection.tenant;

import io.eventdesign.contract.state.TenantState;
import io.eventdesign.projection.sink.StateTableWriter;
import java.sql.Timestamp;
import java.util.List;

/** The {@code tenants} table: one row per tenant, its newest state from {@code tenants.state}. */
final class TenantTable {

  static final StateTableWriter.Shape<TenantState> SHAPE = new StateTableWriter.Shape<>("tenants", TenantState.class,
      List.of("id", "name", "plan", "status", "deactivation_reason", "admin_ids", "workspace_ids", "version",
          "created_at", "updated_at"),
      TenantTable::row);

  private TenantTable() {}

  private static Object[] row(TenantState s) {
    return new Object[] {
        s.getId(), s.getName(), s.getPlan(), s.getStatus(), s.getDeactivationReason(),
        s.getAdminIds().toArray(String[]::new), s.getWorkspaceIds().toArray(String[]::new), s.getVersion(),
        Timestamp.from(s.getCreatedAt()), Timestamp.from(s.getUpdatedAt())};
  }
}

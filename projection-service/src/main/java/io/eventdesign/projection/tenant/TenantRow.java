package io.eventdesign.projection.tenant;

import io.eventdesign.contract.state.TenantState;
import java.time.Instant;
import java.util.List;

/** One row of the {@code tenants} projection as the query API returns it. */
public record TenantRow(
    String id,
    long version,
    String name,
    String plan,
    String status,
    String deactivationReason,
    List<String> adminIds,
    List<String> workspaceIds,
    Instant createdAt,
    Instant updatedAt) {

  /** The row the sink writes for {@code state}. */
  public static TenantRow of(TenantState s) {
    return new TenantRow(s.getId(), s.getVersion(), s.getName(), s.getPlan(), s.getStatus(), s.getDeactivationReason(),
        List.copyOf(s.getAdminIds()), List.copyOf(s.getWorkspaceIds()), s.getCreatedAt(), s.getUpdatedAt());
  }
}

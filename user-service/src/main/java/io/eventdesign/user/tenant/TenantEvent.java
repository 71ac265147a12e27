package io.eventdesign.user.tenant;

import io.eventdesign.contract.vocabulary.TenantPlan;
import java.util.List;

/** What happened to a tenant. Mapped one to one onto the contract's tenant events. */
public sealed interface TenantEvent {

  record Created(String tenantId, String name, TenantPlan plan, String adminId) implements TenantEvent {}

  record Updated(String name) implements TenantEvent {}

  record PlanChanged(TenantPlan plan, TenantPlan previousPlan, List<String> workspaceIds) implements TenantEvent {}

  record Deactivated(String reason, List<String> workspaceIds) implements TenantEvent {}

  record WorkspaceAdded(String workspaceId, String name, String ownerId, int memberLimit, List<String> tenantAdminIds)
      implements TenantEvent {}
}

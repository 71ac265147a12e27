package io.eventdesign.user.tenant;

import io.eventdesign.contract.vocabulary.TenantStatus;
import io.eventdesign.contract.vocabulary.TenantPlan;
import java.util.List;

/** A tenant as the API returns it, with its plan's limits. */
record TenantView(
    String id,
    long version,
    String name,
    TenantPlan plan,
    int workspaceLimit,
    int memberLimitPerWorkspace,
    TenantStatus status,
    List<String> admins,
    List<String> workspaceIds,
    String deactivationReason) {

  static TenantView of(Tenant tenant, long version) {
    return new TenantView(tenant.id(), version, tenant.name(), tenant.plan(), tenant.plan().workspaces(),
        tenant.plan().membersPerWorkspace(), tenant.status(), tenant.sortedAdmins(), tenant.workspaceIds(),
        tenant.deactivationReason());
  }

  /** The answer to a workspace request: the tenant took it, the workspace follows on its own. */
  record WorkspaceTaken(String workspaceId, TenantView tenant) {}
}

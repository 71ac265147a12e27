package io.eventdesign.user.tenant;

import io.eventdesign.contract.vocabulary.TenantPlan;

/**
 * What can be asked of a tenant. The tenant id travels in the command metadata. {@code by} is the person
 * acting, from their token (null for staff, service clients and sagas, whom the access table guards).
 */
public sealed interface TenantCommand {

  /** A new tenant and its first workspace ({@code defaultWorkspaceId}), owned by its first administrator. */
  record CreateTenant(String tenantId, String name, TenantPlan plan, String adminId, String defaultWorkspaceId)
      implements TenantCommand {}

  record UpdateTenant(String name, String by) implements TenantCommand {}

  record ChangePlan(TenantPlan plan, String by) implements TenantCommand {}

  record DeactivateTenant(String reason) implements TenantCommand {}

  /** Takes a workspace within the plan's limit; the workspace itself is created from the resulting event. */
  record AddWorkspace(String workspaceId, String name, String ownerId, String by) implements TenantCommand {}
}

package io.eventdesign.contract.vocabulary;

/**
 * The values of {@code tenant.created.plan} and {@code tenant.plan-changed.plan}, with the limits each
 * plan sets: workspaces per tenant and members per workspace.
 */
public enum TenantPlan {
  FREE(1, 3),
  TEAM(5, 25),
  BUSINESS(50, 500);

  private final int workspaces;
  private final int membersPerWorkspace;

  TenantPlan(int workspaces, int membersPerWorkspace) {
    this.workspaces = workspaces;
    this.membersPerWorkspace = membersPerWorkspace;
  }

  /** How many workspaces a tenant on this plan may have. */
  public int workspaces() {
    return workspaces;
  }

  /** How many members each of its workspaces may have. */
  public int membersPerWorkspace() {
    return membersPerWorkspace;
  }
}

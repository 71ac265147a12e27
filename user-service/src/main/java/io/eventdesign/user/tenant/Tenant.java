package io.eventdesign.user.tenant;

import io.eventdesign.contract.vocabulary.TenantStatus;
import io.eventdesign.contract.vocabulary.TenantPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Current state of one tenant (a customer organisation), as the decider sees it. {@link #ABSENT} before
 * it is created.
 *
 * @param admins the people who administer it
 * @param workspaceIds its workspaces, in the order they were added
 */
public record Tenant(String id, String name, TenantPlan plan, TenantStatus status, Set<String> admins,
    List<String> workspaceIds, String deactivationReason) {

  public static final Tenant ABSENT = new Tenant(null, null, null, null, Set.of(), List.of(), null);

  public Tenant {
    admins = Set.copyOf(admins);
    workspaceIds = List.copyOf(workspaceIds);
  }

  public boolean exists() {
    return id != null;
  }

  Tenant named(String newName) {
    return new Tenant(id, newName, plan, status, admins, workspaceIds, deactivationReason);
  }

  Tenant onPlan(TenantPlan newPlan) {
    return new Tenant(id, name, newPlan, status, admins, workspaceIds, deactivationReason);
  }

  Tenant deactivated(String reason) {
    return new Tenant(id, name, plan, TenantStatus.DEACTIVATED, admins, workspaceIds, reason);
  }

  Tenant withWorkspace(String workspaceId) {
    List<String> workspaces = new ArrayList<>(workspaceIds);
    workspaces.add(workspaceId);
    return new Tenant(id, name, plan, status, admins, workspaces, deactivationReason);
  }

  /** The admins in a stable order, for views. */
  public List<String> sortedAdmins() {
    return List.copyOf(new TreeSet<>(admins));
  }
}

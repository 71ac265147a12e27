package io.eventdesign.user.tenant;

import io.eventdesign.contract.vocabulary.TenantStatus;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import java.util.Set;

/**
 * The rules of a tenant: it starts with a workspace owned by its first administrator, its admins change
 * it, its plan limits its workspaces. Pure: no clock, no I/O.
 */
public final class TenantDecider implements Decider<TenantCommand, TenantEvent, Tenant> {

  @Override
  public Tenant initialState() {
    return Tenant.ABSENT;
  }

  @Override
  public Decision<TenantEvent> decide(TenantCommand command, Tenant tenant) {
    if (command instanceof TenantCommand.CreateTenant create) {
      return create(create, tenant);
    }
    if (!tenant.exists()) {
      return Decision.reject(Rejection.notFound("no such tenant"));
    }
    if (tenant.status() == TenantStatus.DEACTIVATED) {
      return Decision.reject(Rejection.invalidState("the tenant is deactivated", tenant.status().name()));
    }
    return switch (command) {
      case TenantCommand.CreateTenant ignored -> throw new IllegalStateException("handled above");
      case TenantCommand.UpdateTenant update -> update(update, tenant);
      case TenantCommand.ChangePlan change -> changePlan(change, tenant);
      case TenantCommand.DeactivateTenant deactivate ->
          Decision.accept(new TenantEvent.Deactivated(deactivate.reason(), tenant.workspaceIds()));
      case TenantCommand.AddWorkspace add -> addWorkspace(add, tenant);
    };
  }

  private static Decision<TenantEvent> create(TenantCommand.CreateTenant command, Tenant tenant) {
    if (tenant.exists()) {
      return Decision.reject(Rejection.conflict("the tenant already exists", "id"));
    }
    if (isBlank(command.name())) {
      return Decision.reject(Rejection.validation("name", "must not be blank"));
    }
    if (isBlank(command.adminId())) {
      return Decision.reject(Rejection.validation("adminId", "a tenant needs an administrator"));
    }
    TenantPlan plan = command.plan() == null ? TenantPlan.FREE : command.plan();
    String name = command.name().trim();
    return Decision.accept(new TenantEvent.Created(command.tenantId(), name, plan, command.adminId()),
        new TenantEvent.WorkspaceAdded(command.defaultWorkspaceId(), name, command.adminId(), plan.membersPerWorkspace(),
            List.of(command.adminId())));
  }

  private static Decision<TenantEvent> update(TenantCommand.UpdateTenant command, Tenant tenant) {
    if (!administers(command.by(), tenant)) {
      return notAnAdmin();
    }
    if (isBlank(command.name())) {
      return Decision.reject(Rejection.validation("name", "must not be blank"));
    }
    String name = command.name().trim();
    return name.equals(tenant.name()) ? Decision.accept() : Decision.accept(new TenantEvent.Updated(name));
  }

  private static Decision<TenantEvent> changePlan(TenantCommand.ChangePlan command, Tenant tenant) {
    if (!administers(command.by(), tenant)) {
      return notAnAdmin();
    }
    if (command.plan() == tenant.plan()) {
      return Decision.accept();
    }
    if (tenant.workspaceIds().size() > command.plan().workspaces()) {
      return Decision.reject(Rejection.validation("plan", "the " + command.plan() + " plan allows "
          + command.plan().workspaces() + " workspaces and the tenant has " + tenant.workspaceIds().size()));
    }
    return Decision.accept(new TenantEvent.PlanChanged(command.plan(), tenant.plan(), tenant.workspaceIds()));
  }

  private static Decision<TenantEvent> addWorkspace(TenantCommand.AddWorkspace command, Tenant tenant) {
    if (tenant.workspaceIds().contains(command.workspaceId())) {
      return Decision.accept();   // the same workspace again (a retry): taken already
    }
    if (!administers(command.by(), tenant)) {
      return notAnAdmin();
    }
    if (isBlank(command.name())) {
      return Decision.reject(Rejection.validation("name", "must not be blank"));
    }
    if (tenant.workspaceIds().size() >= tenant.plan().workspaces()) {
      return Decision.reject(Rejection.conflict("the " + tenant.plan() + " plan allows " + tenant.plan().workspaces()
          + " workspaces; change the plan for more", "plan"));
    }
    return Decision.accept(new TenantEvent.WorkspaceAdded(command.workspaceId(), command.name().trim(),
        command.ownerId(), tenant.plan().membersPerWorkspace(), tenant.sortedAdmins()));
  }

  @Override
  public Tenant evolve(Tenant tenant, TenantEvent event) {
    return switch (event) {
      case TenantEvent.Created c -> new Tenant(c.tenantId(), c.name(), c.plan(), TenantStatus.ACTIVE,
          Set.of(c.adminId()), List.of(), null);
      case TenantEvent.Updated u -> tenant.named(u.name());
      case TenantEvent.PlanChanged p -> tenant.onPlan(p.plan());
      case TenantEvent.Deactivated d -> tenant.deactivated(d.reason());
      case TenantEvent.WorkspaceAdded w -> tenant.withWorkspace(w.workspaceId());
    };
  }

  /** Staff, service clients and sagas act as {@code null}; a person must administer the tenant. */
  private static boolean administers(String by, Tenant tenant) {
    return by == null || tenant.admins().contains(by);
  }

  private static Decision<TenantEvent> notAnAdmin() {
    return Decision.reject(Rejection.forbidden("only the tenant's administrators may do this"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

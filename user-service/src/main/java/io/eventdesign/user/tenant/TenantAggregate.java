package io.eventdesign.user.tenant;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import java.util.Map;

/** How the generic command processor runs tenants: their administrators act on them and read them. */
public final class TenantAggregate {

  public static final AggregateDefinition<TenantCommand, TenantEvent, Tenant> DEFINITION =
      new AggregateDefinition<>(
          "tenant",
          new TenantDecider(),
          Map.of(
              "CreateTenant", TenantCommand.CreateTenant.class,
              "UpdateTenant", TenantCommand.UpdateTenant.class,
              "ChangePlan", TenantCommand.ChangePlan.class,
              "DeactivateTenant", TenantCommand.DeactivateTenant.class,
              "AddWorkspace", TenantCommand.AddWorkspace.class),
          Tenant.class,
          new TenantEventMapper(),
          Topics.TENANTS_COMMANDS,
          Topics.TENANTS_EVENTS,
          People.members(Tenant::admins),
          Tenant::id);

  private TenantAggregate() {}
}

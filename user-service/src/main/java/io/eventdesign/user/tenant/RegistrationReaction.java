package io.eventdesign.user.tenant;

import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.platform.processor.Reaction;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Saga: a person who signed up gets a tenant of their own, named after their company (or after them),
 * on the FREE plan, with its default workspace (unless they signed up with an invitation: then they join
 * the inviting workspace's tenant); its id derives from the user's, so a duplicate of the
 * registration creates nothing twice.
 */
final class RegistrationReaction implements Reaction<TenantCommand> {

  @Override
  public List<Caused<TenantCommand>> react(SpecificRecord event) {
    if (!(event instanceof UserRegistered registered) || registered.getInvitedTo() != null) {
      return List.of();  // an invited person joins the inviting workspace's tenant instead
    }
    String userId = registered.getEnvelope().getAggregateId();
    String tenantId = registered.getTenantId() != null ? registered.getTenantId() : TenantIds.forRegistration(userId);
    String name = registered.getCompany() == null || registered.getCompany().isBlank()
        ? registered.getFirstName() + " " + registered.getLastName() : registered.getCompany();
    return List.of(new Caused<>(tenantId, new TenantCommand.CreateTenant(tenantId, name, TenantPlan.FREE, userId,
        TenantIds.defaultWorkspaceOf(tenantId))));
  }
}

package io.eventdesign.user.tenant;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.tenant.TenantCreated;
import io.eventdesign.contract.tenant.TenantDeactivated;
import io.eventdesign.contract.tenant.TenantPlanChanged;
import io.eventdesign.contract.tenant.TenantUpdated;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.platform.command.EventMapper;
import org.apache.avro.specific.SpecificRecord;

/** Domain tenant events to the public contract records on {@code tenants.events}. */
final class TenantEventMapper implements EventMapper<TenantEvent, Tenant> {

  @Override
  public SpecificRecord toRecord(TenantEvent event, Tenant state, Envelope envelope) {
    return switch (event) {
      case TenantEvent.Created c -> TenantCreated.newBuilder().setEnvelope(envelope).setName(c.name())
          .setPlan(c.plan().name()).setAdminId(c.adminId()).build();
      case TenantEvent.Updated u -> TenantUpdated.newBuilder().setEnvelope(envelope).setName(u.name()).build();
      case TenantEvent.PlanChanged p -> TenantPlanChanged.newBuilder().setEnvelope(envelope).setPlan(p.plan().name())
          .setPreviousPlan(p.previousPlan().name()).setWorkspaceIds(p.workspaceIds()).build();
      case TenantEvent.Deactivated d -> TenantDeactivated.newBuilder().setEnvelope(envelope).setReason(d.reason())
          .setWorkspaceIds(d.workspaceIds()).build();
      case TenantEvent.WorkspaceAdded w -> TenantWorkspaceAdded.newBuilder().setEnvelope(envelope)
          .setWorkspaceId(w.workspaceId()).setName(w.name()).setOwnerId(w.ownerId()).setMemberLimit(w.memberLimit())
          .setTenantAdminIds(w.tenantAdminIds())
          .build();
    };
  }
}

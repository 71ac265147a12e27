package io.eventdesign.projection.tenant;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.state.TenantState;
import io.eventdesign.contract.tenant.TenantCreated;
import io.eventdesign.contract.tenant.TenantDeactivated;
import io.eventdesign.contract.tenant.TenantPlanChanged;
import io.eventdesign.contract.tenant.TenantUpdated;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.contract.vocabulary.TenantStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Folds tenant events into the public {@code tenant.state}. Pure; the one reducer behind
 * {@code tenants.state} (and so the {@code tenants} table) and behind a tenant's state as of an instant.
 * Events at or below the current version are ignored, so re-delivery never applies anything twice.
 */
public final class TenantStateReducer {

  private TenantStateReducer() {}

  /** @param current the state so far, or null before the first event */
  public static TenantState apply(TenantState current, SpecificRecord event) {
    Envelope envelope = (Envelope) event.get(0);
    if (current != null && envelope.getAggregateVersion() <= current.getVersion()) {
      return current;
    }
    if (current == null && !(event instanceof TenantCreated)) {
      return null;
    }
    TenantState.Builder next = switch (event) {
      case TenantCreated c -> TenantState.newBuilder()
          .setId(envelope.getAggregateId()).setName(c.getName()).setPlan(c.getPlan())
          .setStatus(TenantStatus.ACTIVE.name()).setAdminIds(List.of(c.getAdminId())).setWorkspaceIds(List.of())
          .setCreatedAt(envelope.getOccurredAt());
      case TenantUpdated u -> TenantState.newBuilder(current).setName(u.getName());
      case TenantPlanChanged p -> TenantState.newBuilder(current).setPlan(p.getPlan());
      case TenantDeactivated d -> TenantState.newBuilder(current).setStatus(TenantStatus.DEACTIVATED.name())
          .setDeactivationReason(d.getReason());
      case TenantWorkspaceAdded w -> TenantState.newBuilder(current).setWorkspaceIds(with(current.getWorkspaceIds(), w.getWorkspaceId()));
      default -> null;
    };
    if (next == null) {
      return current;
    }
    return next.setVersion(envelope.getAggregateVersion()).setUpdatedAt(envelope.getOccurredAt())
        .setLastEventId(envelope.getEventId()).build();
  }

  private static List<String> with(List<String> ids, String id) {
    List<String> result = new ArrayList<>(ids);
    if (!result.contains(id)) {
      result.add(id);
    }
    return result;
  }
}

package io.eventdesign.user.workspace;

import io.eventdesign.contract.tenant.TenantDeactivated;
import io.eventdesign.contract.tenant.TenantPlanChanged;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.platform.processor.Reaction;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Saga: a workspace the tenant took is created; a plan change carries its member limit to every
 * workspace of the tenant; a deactivated tenant's workspaces are suspended.
 */
final class TenantReaction implements Reaction<WorkspaceCommand> {

  @Override
  public List<Caused<WorkspaceCommand>> react(SpecificRecord event) {
    return switch (event) {
      case TenantWorkspaceAdded added -> List.of(new Caused<>(added.getWorkspaceId(), new WorkspaceCommand.CreateWorkspace(
          added.getWorkspaceId(), added.getEnvelope().getAggregateId(), added.getName(), added.getOwnerId(),
          added.getMemberLimit(), added.getTenantAdminIds())));
      case TenantPlanChanged changed -> {
        int limit = TenantPlan.valueOf(changed.getPlan()).membersPerWorkspace();
        yield changed.getWorkspaceIds().stream()
            .map(id -> new Caused<WorkspaceCommand>(id, new WorkspaceCommand.ChangeLimits(limit))).toList();
      }
      case TenantDeactivated deactivated -> deactivated.getWorkspaceIds().stream()
          .map(id -> new Caused<WorkspaceCommand>(id, new WorkspaceCommand.Suspend(deactivated.getReason()))).toList();
      default -> List.of();
    };
  }
}

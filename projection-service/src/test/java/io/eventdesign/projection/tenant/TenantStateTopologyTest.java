package io.eventdesign.projection.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.state.TenantState;
import io.eventdesign.contract.tenant.TenantCreated;
import io.eventdesign.contract.tenant.TenantDeactivated;
import io.eventdesign.contract.tenant.TenantPlanChanged;
import io.eventdesign.contract.tenant.TenantUpdated;
import io.eventdesign.contract.tenant.TenantWorkspaceAdded;
import io.eventdesign.projection.streams.FoldDriver;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantStateTopologyTest {

  private final FoldDriver<TenantState> driver = new FoldDriver<>(TenantsReadModelConfiguration.FOLD);

  @AfterEach
  void close() {
    driver.close();
  }

  private TenantCreated created(String id) {
    return TenantCreated.newBuilder().setEnvelope(driver.envelope("tenant.created", id, 1)).setName("Acme")
        .setPlan("FREE").setAdminId("u-1").build();
  }

  private TenantWorkspaceAdded workspaceAdded(String id, long version, String workspaceId) {
    return TenantWorkspaceAdded.newBuilder().setEnvelope(driver.envelope("tenant.workspace-added", id, version))
        .setWorkspaceId(workspaceId).setName("Design").setOwnerId("u-1").setMemberLimit(3).build();
  }

  @Test
  void aTenantsLifeIsFoldedIntoItsStateVersionByVersion() {
    driver.pipe(created("t-1"));
    driver.pipe(workspaceAdded("t-1", 2, "w-1"));
    driver.pipe(TenantUpdated.newBuilder().setEnvelope(driver.envelope("tenant.updated", "t-1", 3)).setName("Acme Ltd").build());
    driver.pipe(TenantPlanChanged.newBuilder().setEnvelope(driver.envelope("tenant.plan-changed", "t-1", 4))
        .setPlan("TEAM").setPreviousPlan("FREE").setWorkspaceIds(List.of("w-1")).build());
    driver.pipe(TenantDeactivated.newBuilder().setEnvelope(driver.envelope("tenant.deactivated", "t-1", 5))
        .setReason("unpaid").setWorkspaceIds(List.of("w-1")).build());

    List<TenantState> states = driver.states();
    assertThat(states).extracting(TenantState::getVersion).containsExactly(1L, 2L, 3L, 4L, 5L);
    TenantState last = states.getLast();
    assertThat(last.getName()).isEqualTo("Acme Ltd");
    assertThat(last.getPlan()).isEqualTo("TEAM");
    assertThat(last.getStatus()).isEqualTo("DEACTIVATED");
    assertThat(last.getDeactivationReason()).isEqualTo("unpaid");
    assertThat(last.getAdminIds()).containsExactly("u-1");
    assertThat(last.getWorkspaceIds()).containsExactly("w-1");
    assertThat(last.getLastEventId()).isEqualTo("t-1-5");
    assertThat(last.getCreatedAt()).isBefore(last.getUpdatedAt());
  }

  @Test
  void aRedeliveredEventChangesNothingAndEventsBeforeTheCreationAreNoState() {
    driver.pipe(workspaceAdded("t-0", 2, "w-0"));
    driver.pipe(created("t-1"));
    driver.pipe(workspaceAdded("t-1", 2, "w-1"));
    driver.pipe(workspaceAdded("t-1", 2, "w-1"));
    driver.pipe(created("t-1"));

    assertThat(driver.states()).as("no state for t-0; the repeats re-publish the same state")
        .allSatisfy(state -> assertThat(state.getId()).isEqualTo("t-1"))
        .extracting(TenantState::getVersion).containsExactly(1L, 2L, 2L, 2L);
  }
}

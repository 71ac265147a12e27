package io.eventdesign.user.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.vocabulary.TenantPlan;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given past events, when a command, then these events or this rejection. */
class TenantDeciderTest {

  private final TenantDecider decider = new TenantDecider();

  private static final TenantEvent.Created CREATED = new TenantEvent.Created("t-1", "Acme", TenantPlan.FREE, "ada");

  private Decision<TenantEvent> given(List<TenantEvent> past, TenantCommand command) {
    Tenant state = decider.initialState();
    for (TenantEvent event : past) {
      state = decider.evolve(state, event);
    }
    return decider.decide(command, state);
  }

  private static List<TenantEvent> events(Decision<TenantEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted<TenantEvent>) decision).events();
  }

  private static Rejection rejection(Decision<TenantEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected<TenantEvent>) decision).rejection();
  }

  @Test
  void aNewTenantStartsOnTheFreePlanWithItsCreatorAsAdministratorAndOwnerOfItsFirstWorkspace() {
    var decision = given(List.of(), new TenantCommand.CreateTenant("t-1", " Acme ", null, "ada", "w-0"));

    assertThat(events(decision)).containsExactly(CREATED, new TenantEvent.WorkspaceAdded("w-0", "Acme", "ada", 3, List.of("ada")));
  }

  @Test
  void aTenantNeedsANameAndAnAdministrator() {
    assertThat(rejection(given(List.of(), new TenantCommand.CreateTenant("t-1", " ", null, "ada", "w-0"))).field()).isEqualTo("name");
    assertThat(rejection(given(List.of(), new TenantCommand.CreateTenant("t-1", "Acme", null, null, "w-0"))).field())
        .isEqualTo("adminId");
  }

  @Test
  void creatingAnExistingTenantIsAConflict() {
    assertThat(rejection(given(List.of(CREATED), new TenantCommand.CreateTenant("t-1", "Other", null, "bob", "w-0"))).kind())
        .isEqualTo(Rejection.Kind.CONFLICT);
  }

  @Test
  void onlyAnAdministratorChangesTheTenant() {
    assertThat(rejection(given(List.of(CREATED), new TenantCommand.UpdateTenant("Acme Ltd", "bob"))).kind())
        .isEqualTo(Rejection.Kind.FORBIDDEN);
    assertThat(events(given(List.of(CREATED), new TenantCommand.UpdateTenant("Acme Ltd", "ada"))))
        .containsExactly(new TenantEvent.Updated("Acme Ltd"));
    assertThat(events(given(List.of(CREATED), new TenantCommand.UpdateTenant("Acme Ltd", null))))
        .as("staff and sagas act without a role").containsExactly(new TenantEvent.Updated("Acme Ltd"));
  }

  @Test
  void theSameNameAgainChangesNothing() {
    assertThat(events(given(List.of(CREATED), new TenantCommand.UpdateTenant("Acme", "ada")))).isEmpty();
  }

  @Test
  void thePlanLimitsTheWorkspaces() {
    var first = new TenantEvent.WorkspaceAdded("w-1", "Design", "ada", TenantPlan.FREE.membersPerWorkspace(),
        List.of("ada"));

    var second = rejection(given(List.of(CREATED, first), new TenantCommand.AddWorkspace("w-2", "More", "ada", "ada")));

    assertThat(second.kind()).isEqualTo(Rejection.Kind.CONFLICT);
    assertThat(second.field()).isEqualTo("plan");
  }

  @Test
  void aWorkspaceCarriesThePlansMemberLimitAndTheSameWorkspaceAgainIsTakenOnce() {
    var added = events(given(List.of(CREATED), new TenantCommand.AddWorkspace("w-1", " Design ", "ada", "ada")));
    assertThat(added).containsExactly(new TenantEvent.WorkspaceAdded("w-1", "Design", "ada", 3, List.of("ada")));

    assertThat(events(given(List.of(CREATED, added.getFirst()), new TenantCommand.AddWorkspace("w-1", "Design", "ada", "ada"))))
        .isEmpty();
  }

  @Test
  void aPlanChangeListsTheWorkspacesItAppliesToAndCannotGoBelowTheWorkspacesInUse() {
    var upgraded = new TenantEvent.PlanChanged(TenantPlan.TEAM, TenantPlan.FREE, List.of());
    var w1 = new TenantEvent.WorkspaceAdded("w-1", "One", "ada", 25, List.of("ada"));
    var w2 = new TenantEvent.WorkspaceAdded("w-2", "Two", "ada", 25, List.of("ada"));

    assertThat(events(given(List.of(CREATED), new TenantCommand.ChangePlan(TenantPlan.TEAM, "ada")))).containsExactly(upgraded);
    assertThat(events(given(List.of(CREATED, upgraded, w1, w2), new TenantCommand.ChangePlan(TenantPlan.BUSINESS, "ada"))))
        .containsExactly(new TenantEvent.PlanChanged(TenantPlan.BUSINESS, TenantPlan.TEAM, List.of("w-1", "w-2")));
    assertThat(rejection(given(List.of(CREATED, upgraded, w1, w2), new TenantCommand.ChangePlan(TenantPlan.FREE, "ada")))
        .field()).isEqualTo("plan");
  }

  @Test
  void aDeactivatedTenantTakesNoMoreChanges() {
    var deactivated = new TenantEvent.Deactivated("unpaid", List.of());

    var refused = rejection(given(List.of(CREATED, deactivated), new TenantCommand.AddWorkspace("w-1", "Design", "ada", "ada")));

    assertThat(refused.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(refused.currentStatus()).isEqualTo("DEACTIVATED");
  }

  @Test
  void deactivationListsTheWorkspacesToSuspend() {
    var w1 = new TenantEvent.WorkspaceAdded("w-1", "One", "ada", 3, List.of("ada"));

    assertThat(events(given(List.of(CREATED, w1), new TenantCommand.DeactivateTenant("unpaid"))))
        .containsExactly(new TenantEvent.Deactivated("unpaid", List.of("w-1")));
  }

  @Test
  void anythingButCreationOnAMissingTenantIsNotFound() {
    assertThat(rejection(given(List.of(), new TenantCommand.UpdateTenant("Acme", "ada"))).kind())
        .isEqualTo(Rejection.Kind.NOT_FOUND);
  }
}

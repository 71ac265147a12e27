package io.eventdesign.user.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.List;

/** Given past events, when a command: the workspace decider's answer, its events or its rejection. */
final class WorkspaceDecisions {

  private static final WorkspaceDecider DECIDER = new WorkspaceDecider();

  private WorkspaceDecisions() {}

  static Workspace after(List<WorkspaceEvent> past) {
    Workspace state = DECIDER.initialState();
    for (WorkspaceEvent event : past) {
      state = DECIDER.evolve(state, event);
    }
    return state;
  }

  static Decision<WorkspaceEvent> given(List<WorkspaceEvent> past, WorkspaceCommand command) {
    return DECIDER.decide(command, after(past));
  }

  static List<WorkspaceEvent> events(Decision<WorkspaceEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted<WorkspaceEvent>) decision).events();
  }

  static Rejection rejection(Decision<WorkspaceEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected<WorkspaceEvent>) decision).rejection();
  }
}

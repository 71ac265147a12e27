package io.eventdesign.projection.workspace;

import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.readmodel.ReadModel;
import io.eventdesign.projection.streams.StateFold;
import io.eventdesign.projection.eventlog.AggregateFold;
import io.eventdesign.projection.rows.RowSource;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The workspaces read model: {@code workspaces.events} folded into {@code workspaces.state} (with the
 * members), projected into {@code workspaces} and {@code workspace_members}.
 */
@Configuration(proxyBeanMethods = false)
class WorkspacesReadModelConfiguration {

  /** The workspaces' state branch. */
  static final StateFold<WorkspaceState> FOLD =
      new StateFold<>("workspaces", Topics.WORKSPACES_EVENTS, Topics.WORKSPACES_STATE, WorkspaceStateReducer::apply);

  @Bean
  @Order(4)  // its state branch's place in the topology (see ReadModel)
  ReadModel workspacesReadModel() {
    return new ReadModel("workspaces", List.of(Topics.WORKSPACES_EVENTS, Topics.WORKSPACES_STATE), FOLD::addTo,
        List.of(new ReadModel.Table(WorkspaceTable.SHAPE::writer, List.of(Topics.WORKSPACES_STATE)),
            new ReadModel.Table(WorkspaceMemberWriter::new, List.of(Topics.WORKSPACES_STATE))));
  }

  @Bean
  WorkspaceQueries workspaceQueries(JdbcClient jdbc) {
    return new WorkspaceQueries(jdbc);
  }

  @Bean
  AggregateFold<WorkspaceState> workspaceFold() {
    return new AggregateFold<>("workspace", WorkspaceStateReducer::apply);
  }

  /** Its rows, checked against the events they were folded from. */
  @Bean
  RowSource<WorkspaceState> workspaceRows(AggregateFold<WorkspaceState> workspaceFold) {
    return RowSource.of(workspaceFold, WorkspaceTable.SHAPE);
  }
}

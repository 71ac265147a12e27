package io.eventdesign.projection.user;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.readmodel.ReadModel;
import io.eventdesign.projection.eventlog.AggregateFold;
import io.eventdesign.projection.rows.RowSource;
import io.eventdesign.contract.state.UserState;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The users read model: {@code users.events} folded into {@code users.state}, projected into {@code users}. */
@Configuration(proxyBeanMethods = false)
class UsersReadModelConfiguration {

  @Bean
  @Order(1)  // its state branch's place in the topology (see ReadModel)
  ReadModel usersReadModel() {
    return new ReadModel("users", List.of(Topics.USERS_EVENTS, Topics.USERS_STATE), UserStateTopology.FOLD::addTo,
        List.of(new ReadModel.Table(UserTable.SHAPE::writer, List.of(Topics.USERS_STATE))));
  }

  @Bean
  UserQueries userQueries(JdbcClient jdbc) {
    return new UserQueries(jdbc);
  }

  @Bean
  AggregateFold<UserState> userFold() {
    return new AggregateFold<>("user", UserStateReducer::apply);
  }

  /** Its rows, checked against the events they were folded from. */
  @Bean
  RowSource<UserState> userRows(AggregateFold<UserState> userFold) {
    return RowSource.of(userFold, UserTable.SHAPE);
  }
}

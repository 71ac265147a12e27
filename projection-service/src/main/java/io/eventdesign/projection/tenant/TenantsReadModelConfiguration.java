package io.eventdesign.projection.tenant;

import io.eventdesign.contract.state.TenantState;
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

/** The tenants read model: {@code tenants.events} folded into {@code tenants.state}, projected into {@code tenants}. */
@Configuration(proxyBeanMethods = false)
class TenantsReadModelConfiguration {

  /** The tenants' state branch. */
  static final StateFold<TenantState> FOLD =
      new StateFold<>("tenants", Topics.TENANTS_EVENTS, Topics.TENANTS_STATE, TenantStateReducer::apply);

  @Bean
  @Order(3)  // its state branch's place in the topology (see ReadModel)
  ReadModel tenantsReadModel() {
    return new ReadModel("tenants", List.of(Topics.TENANTS_EVENTS, Topics.TENANTS_STATE), FOLD::addTo,
        List.of(new ReadModel.Table(TenantTable.SHAPE::writer, List.of(Topics.TENANTS_STATE))));
  }

  @Bean
  TenantQueries tenantQueries(JdbcClient jdbc) {
    return new TenantQueries(jdbc);
  }

  @Bean
  AggregateFold<TenantState> tenantFold() {
    return new AggregateFold<>("tenant", TenantStateReducer::apply);
  }

  /** Its rows, checked against the events they were folded from. */
  @Bean
  RowSource<TenantState> tenantRows(AggregateFold<TenantState> tenantFold) {
    return RowSource.of(tenantFold, TenantTable.SHAPE);
  }
}

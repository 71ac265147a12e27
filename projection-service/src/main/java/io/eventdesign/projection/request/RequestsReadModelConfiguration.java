package io.eventdesign.projection.request;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.projection.readmodel.ReadModel;
import io.eventdesign.projection.eventlog.AggregateFold;
import io.eventdesign.projection.rows.RowSource;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.state.PaymentState;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The design requests read model: {@code requests.events} and {@code payments.events} folded into
 * {@code requests.state} (with the payment summary) and {@code payments.state}, projected into
 * {@code design_request_states}.
 */
@Configuration(proxyBeanMethods = false)
class RequestsReadModelConfiguration {

  @Bean
  @Order(2)  // its state branch's place in the topology (see ReadModel)
  ReadModel requestsReadModel() {
    return new ReadModel("design requests",
        List.of(Topics.REQUESTS_EVENTS, Topics.PAYMENTS_EVENTS, Topics.REQUESTS_STATE, Topics.PAYMENTS_STATE),
        RequestStateTopology::addTo,
        List.of(new ReadModel.Table(RequestTableWriter::new, List.of(Topics.REQUESTS_STATE))));
  }

  @Bean
  RequestQueries requestQueries(JdbcClient jdbc) {
    return new RequestQueries(jdbc);
  }

  /** A request's own events (its payments' summary joins in the live state, not in its timeline). */
  @Bean
  AggregateFold<RequestState> requestFold() {
    return new AggregateFold<>("request", RequestStateReducer::apply);
  }

  @Bean
  AggregateFold<PaymentState> paymentFold() {
    return new AggregateFold<>("payment", PaymentStateReducer::apply);
  }

  /**
   * Its rows, checked against the request's events and its payment's (which carry the request id), folded
   * up to the request and payment versions each row says it applied, joined as the live topology joins them.
   */
  @Bean
  RowSource<RequestState> requestRows(AggregateFold<RequestState> requestFold, AggregateFold<PaymentState> paymentFold) {
    return new RowSource<>("request", RequestTableWriter.TABLE, RequestTableWriter.COLUMNS,
        List.of(RowSource.Feed.own(requestFold), new RowSource.Feed(paymentFold, "requestId", "payment_version")),
        states -> RequestStateReducer.withPayment((RequestState) states.get(0), (PaymentState) states.get(1)),
        RequestTableWriter::row);
  }
}

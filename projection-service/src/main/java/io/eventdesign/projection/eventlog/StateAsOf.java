package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.projection.request.PaymentStateReducer;
import io.eventdesign.projection.request.RequestStateReducer;
import io.eventdesign.projection.user.UserStateReducer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;

/**
 * State as of an instant: the mirrored events up to it, folded through the same reducers the live
 * topologies use, so "as of now" equals the live state.
 */
public final class StateAsOf {

  private final EventQueries events;
  private final RecordCodec codec;

  public StateAsOf(EventQueries events, RecordCodec codec) {
    this.events = events;
    this.codec = codec;
  }

  public Optional<UserState> user(String id, Instant asOf) {
    return Optional.ofNullable(fold(events.rawHistory("user", id, asOf), UserStateReducer::apply));
  }

  public Optional<PaymentState> payment(String id, Instant asOf) {
    return Optional.ofNullable(fold(events.rawHistory("payment", id, asOf), PaymentStateReducer::apply));
  }

  public Optional<RequestState> request(String id, Instant asOf) {
    RequestState request = fold(events.rawHistory("request", id, asOf), RequestStateReducer::apply);
    PaymentState payment = fold(events.rawPaymentHistoryOfRequest(id, asOf), PaymentStateReducer::apply);
    return Optional.ofNullable(RequestStateReducer.withPayment(request, payment));
  }

  private <S> S fold(List<EventQueries.RawEvent> history, BiFunction<S, SpecificRecord, S> reducer) {
    S state = null;
    for (EventQueries.RawEvent event : history) {
      if (codec.decode(event.value()) instanceof DecodeResult.Decoded decoded) {
        state = reducer.apply(state, decoded.record());
      }
    }
    return state;
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.avro.specific.SpecificRecord;

/**
 * State as of an instant: the mirrored events up to it, folded through the reducer the read model's live
 * topology uses (each read model passes its own), so "as of now" equals the live state.
 */
public final class StateAsOf {

  private final EventQueries events;
  private final RecordCodec codec;

  public StateAsOf(EventQueries events, RecordCodec codec) {
    this.events = events;
    this.codec = codec;
  }

  /** One aggregate's state at {@code asOf}, or empty when it had no event by then. */
  public <S> Optional<S> of(String aggregateType, String id, Instant asOf, BiFunction<S, SpecificRecord, S> reducer) {
    return Optional.ofNullable(fold(events.rawHistory(aggregateType, id, asOf), reducer));
  }

  /** The state of the payments of one request at {@code asOf} (null when there was none by then). */
  public <S> S ofPaymentsOfRequest(String requestId, Instant asOf, BiFunction<S, SpecificRecord, S> reducer) {
    return fold(events.rawPaymentHistoryOfRequest(requestId, asOf), reducer);
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

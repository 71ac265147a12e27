package io.eventdesign.request.feed;

import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;

/**
 * A feed records what its source reports, in order, each event once (the processor's idempotency store
 * answers a repeated key with the first outcome). It judges nothing but the contract: an event type of the
 * feed aggregate with a payload its schema accepts, checked again here so that no release mismatch between
 * the edge and the processor puts an invalid event on the topic.
 */
final class FeedDecider implements Decider<FeedCommand, FeedEvent, Feed> {

  private final FeedContract contract;

  FeedDecider(FeedContract contract) {
    this.contract = contract;
  }

  @Override
  public Feed initialState() {
    return Feed.ABSENT;
  }

  @Override
  public Decision<FeedEvent> decide(FeedCommand command, Feed state) {
    return switch (command) {
      case FeedCommand.RecordEvent record -> contract.violation(record.eventType(), record.payload())
          .<Decision<FeedEvent>>map(violation -> Decision.reject(Rejection.validation(violation.field(), violation.message())))
          .orElseGet(() -> Decision.accept(new FeedEvent.Recorded(record.eventType(), record.payload())));
    };
  }

  @Override
  public Feed evolve(Feed state, FeedEvent event) {
    return switch (event) {
      case FeedEvent.Recorded recorded -> new Feed(state.eventsRecorded() + 1, recorded.eventType());
    };
  }
}

package io.eventdesign.request.feed;

import java.util.Optional;

/** Whether a payload is one of the contract's feed event types, read against its schema: the decider's view of the contract. */
@FunctionalInterface
public interface FeedContract {

  /** Why {@code payload} is no valid {@code eventType}: the field and what is wrong with it; empty when it is valid. */
  Optional<Violation> violation(String eventType, String payload);

  record Violation(String field, String message) {}
}

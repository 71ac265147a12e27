package io.eventdesign.platform.decider;

import java.util.List;

/** The outcome of {@link Decider#decide}: the events to record, or why nothing happens. */
public sealed interface Decision<E> {

  /** The command is accepted; these events happen, in this order (possibly none). */
  record Accepted<E>(List<E> events) implements Decision<E> {
    public Accepted {
      events = List.copyOf(events);
    }
  }

  /** The command is refused and nothing happens. */
  record Rejected<E>(Rejection rejection) implements Decision<E> {}

  @SafeVarargs
  static <E> Decision<E> accept(E... events) {
    return new Accepted<>(List.of(events));
  }

  static <E> Decision<E> reject(Rejection rejection) {
    return new Rejected<>(rejection);
  }
}

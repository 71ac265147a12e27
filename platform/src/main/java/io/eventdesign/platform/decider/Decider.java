package io.eventdesign.platform.decider;

/**
 * An aggregate's behaviour as three pure functions. No I/O, no clock, no random ids: whatever
 * varies comes in through the command, so replays and tests are deterministic.
 *
 * @param <C> command type (usually a sealed interface of records)
 * @param <E> event type (usually a sealed interface of records)
 * @param <S> state type
 */
public interface Decider<C, E, S> {

  /** The state of an aggregate that has no events yet. */
  S initialState();

  /** Decide what happens when {@code command} meets {@code state}: events, or a rejection. */
  Decision<E> decide(C command, S state);

  /** The state after {@code event}. */
  S evolve(S state, E event);
}

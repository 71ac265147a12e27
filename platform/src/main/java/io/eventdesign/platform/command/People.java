package io.eventdesign.platform.command;

import java.util.Collection;
import java.util.function.Function;

/**
 * The people who may act on and read an existing aggregate as customers: its owner, or its members.
 * Finer rules (which member may do what) are the decider's, from the acting user the command names.
 *
 * @param <S> the aggregate's state
 */
@FunctionalInterface
public interface People<S> {

  /** True when {@code userId} is one of them. */
  boolean include(S state, String userId);

  /** The one user {@code owner} names (null: nobody; only staff, service clients and sagas). */
  static <S> People<S> owner(Function<S, String> owner) {
    return (state, userId) -> userId != null && userId.equals(owner.apply(state));
  }

  /** Every user {@code members} names. */
  static <S> People<S> members(Function<S, Collection<String>> members) {
    return (state, userId) -> userId != null && members.apply(state).contains(userId);
  }
}

package io.eventdesign.platform.command;

/**
 * The tenant an aggregate belongs to, from its state after an event, for the envelope's {@code tenantId}
 * (null: the aggregate belongs to no tenant, or to none yet).
 *
 * @param <S> the aggregate's state
 */
@FunctionalInterface
public interface TenantOf<S> {

  String tenantOf(S state);

  /** Aggregates outside any tenant. */
  static <S> TenantOf<S> none() {
    return state -> null;
  }
}

package io.eventdesign.platform.command;

/**
 * The tenant an aggregate belongs to, from its state after an event, for the envelope's {@code tenantId}
 * (null: the aggregate belongs to no tenant, or to none yet).
 *
 * @param <S> the aggregate's state
 */
@FunctionalInterface
public interface TenantOf<S> {

  /** Aggregates outside any tenant. */
  @SuppressWarnings("rawtypes")
  TenantOf NONE = state -> null;

  String tenantOf(S state);

  @SuppressWarnings("unchecked")
  static <S> TenantOf<S> none() {
    return (TenantOf<S>) NONE;
  }
}

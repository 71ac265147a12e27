package io.eventdesign.projection.query;

import io.eventdesign.platform.input.InputRules;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The {@code asOf} query parameter (an ISO-8601 instant) and how a read answers it. */
public final class AsOf {

  private AsOf() {}

  /**
   * The live row, or with {@code at} the state at that instant folded by {@code past}. Who sees it is
   * decided by the live row (the caller sees it now), also for a past state; {@code pastWithoutRow} lets a
   * caller who reads everything see a past state whose row is not there (not yet written, or rebuilt).
   */
  public static <R> Optional<R> liveOrPast(Instant at, Optional<R> live, boolean pastWithoutRow,
      Function<Instant, Optional<R>> past) {
    return at == null || live.isEmpty() && !pastWithoutRow ? live : past.apply(at);
  }

  /** @throws io.eventdesign.platform.http.InvalidRequestException (400 naming {@code asOf}) when it is not an instant */
  public static Instant parse(String value) {
    return InputRules.instantParameter("asOf", value);
  }
}

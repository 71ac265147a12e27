package io.eventdesign.infra.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polling for eventually consistent results in tests. */
public final class Await {

  public static final Duration DEFAULT = Duration.ofSeconds(30);

  private Await() {}

  /** Polls {@code probe} every 100 ms until it yields a value, or fails with {@code what} after {@link #DEFAULT}. */
  public static <T> T until(String what, Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plus(DEFAULT);
    while (Instant.now().isBefore(deadline)) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      sleep();
    }
    throw new AssertionError("not within " + DEFAULT.toSeconds() + " s: " + what);
  }

  public static void until(String what, BooleanSupplier condition) {
    until(what, () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}

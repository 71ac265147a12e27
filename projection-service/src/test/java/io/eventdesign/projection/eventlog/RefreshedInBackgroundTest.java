package io.eventdesign.projection.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshedInBackgroundTest {

  @Test
  void theFirstCallerWaitsForARead() {
    AtomicInteger reads = new AtomicInteger();
    try (var value = new RefreshedInBackground<>("test", reads::incrementAndGet, Duration.ofHours(1), Duration.ofHours(2))) {
      assertThat(value.get().value()).isEqualTo(1);
      assertThat(value.get().value()).as("fresh: the same read").isEqualTo(1);
      assertThat(reads).hasValue(1);
    }
  }

  @Test
  void anOldValueIsAnsweredAtOnceWhileANewerOneIsReadInTheBackground() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    try (var value = new RefreshedInBackground<>("test", reads::incrementAndGet, Duration.ofMillis(50), Duration.ofHours(1))) {
      var first = value.get();
      Thread.sleep(100);
      assertThat(value.get()).as("older than refreshAfter, still answered").isEqualTo(first);
      long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (value.get().value() == 1 && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
      assertThat(value.get().value()).as("the background read").isEqualTo(2);
      assertThat(value.get().asOf()).isAfter(first.asOf());
    }
  }

  @Test
  void aSlowReadIsNotRepeatedBackToBack() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    try (var value = new RefreshedInBackground<>("test", () -> {
      sleep(100);
      return reads.incrementAndGet();
    }, Duration.ofMillis(1), Duration.ofHours(1))) {
      value.get();
      long until = System.nanoTime() + Duration.ofMillis(600).toNanos();
      while (System.nanoTime() < until) {
        value.get();
        Thread.sleep(5);
      }
      // a 100 ms read waits ten times its duration after it ends: within 0.6 s no second read starts
      assertThat(reads).hasValue(1);
    }
  }

  @Test
  void aValueNobodyAskedForLongIsReadAtOnce() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    try (var value = new RefreshedInBackground<>("test", reads::incrementAndGet, Duration.ofMillis(1), Duration.ofMillis(20))) {
      value.get();
      Thread.sleep(50);
      assertThat(value.get().value()).isEqualTo(2);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

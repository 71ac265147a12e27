package io.eventdesign.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: operations started at a fixed offered rate whatever the system does, each timed
 * from the moment it was meant to start (so a queue in the load generator or the system counts, and
 * a slow answer cannot hold back the next sends: no coordinated omission). Operations run on a pool of
 * {@value #THREADS} threads; when more than {@value #MAX_WAITING} are waiting to start, new ones are
 * counted as not sent (an error) instead of piling up without end.
 */
final class OpenLoop {

  /** One operation; throwing counts it as an error. */
  @FunctionalInterface
  interface Operation {
    /**
     * @param measured whether it counts (false during the warm-up), so that it records its own figures only then
     * @param intendedStart when it was meant to start ({@link System#nanoTime()}), for figures of its own
     */
    void run(boolean measured, long intendedStart) throws Exception;
  }

  /**
   * One offered rate, measured.
   *
   * @param latency from each operation's intended start to its end, for operations that succeeded
   * @param cpuSeconds CPU seconds per component while measured (see {@link CpuMeter})
   */
  record Step(double offeredPerSecond, double seconds, long completed, long errors, long notSent, Latencies latency,
      Map<String, Double> cpuSeconds, double wallSeconds) {

    double completedPerSecond() {
      return completed / seconds;
    }
  }

  private static final int THREADS = 512;
  private static final int MAX_WAITING = 20_000;
  private static final Duration DRAIN = Duration.ofSeconds(35);

  private final CpuMeter cpu;

  OpenLoop(CpuMeter cpu) {
    this.cpu = cpu;
  }

  /**
   * Offers {@code perSecond} operations a second for {@code warmUp} (not counted) and then {@code measured};
   * waits for the operations started to end before returning.
   */
  Step run(double perSecond, Duration warmUp, Duration measured, Operation operation) throws InterruptedException {
    AtomicLong completed = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong notSent = new AtomicLong();
    AtomicInteger waiting = new AtomicInteger();
    AtomicInteger firstErrors = new AtomicInteger();
    Latencies latency = new Latencies();
    long period = (long) (1e9 / perSecond);
    long start = System.nanoTime() + 1_000_000;
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().daemon().name("load-open-", 0).factory());
    CpuMeter.Reading before = null;
    try {
      for (long i = 0; ; i++) {
        long intended = start + i * period;
        if (intended >= end) {
          break;
        }
        if (before == null && intended >= measureFrom) {
          before = cpu.read();
        }
        long wait = intended - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        boolean counted = intended >= measureFrom;
        if (waiting.get() >= MAX_WAITING) {
          if (counted) {
            notSent.incrementAndGet();
          }
          continue;
        }
        waiting.incrementAndGet();
        pool.execute(() -> {
          waiting.decrementAndGet();
          try {
            operation.run(counted, intended);
            if (counted) {
              latency.record(System.nanoTime() - intended);
              completed.incrementAndGet();
            }
          } catch (Exception e) {
            if (counted) {
              errors.incrementAndGet();
              if (firstErrors.incrementAndGet() <= 3) {
                Progress.say("  operation failed: %s", e);
              }
            }
          }
        });
      }
      CpuMeter.Reading after = cpu.read();
      double seconds = measured.toNanos() / 1e9;
      pool.shutdown();
      if (!pool.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
        Progress.say("  operations still running %d s after the last send; counted as errors", DRAIN.toSeconds());
        errors.addAndGet(pool.shutdownNow().size());
      }
      CpuMeter.Reading from = before == null ? after : before;
      return new Step(perSecond, seconds, completed.get(), errors.get(), notSent.get(), latency,
          after.secondsSince(from), after.wallSecondsSince(from));
    } finally {
      pool.shutdownNow();
    }
  }
}

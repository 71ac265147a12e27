package io.eventdesign.projection.eventlog;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value that is slow to read (a scan of a large table) kept answerable at once: a caller gets the last
 * value read and, when it is older than {@code refreshAfter}, starts one read in the background for the
 * callers after it. Only the first caller, or one finding the value older than {@code readAtOnceAfter}
 * (nobody asked for a long time, or the background reads fail), waits for a read.
 *
 * <p>A read that takes long is not repeated back to back however often callers ask: the next one starts
 * no sooner than {@value #PAUSE_PER_READ_TIME} times the last read's duration after it ended, so reading
 * keeps at most about a tenth of the time of whatever it reads (a scan of millions of rows runs every
 * half minute or so, not continuously while a dashboard polls).
 */
public final class RefreshedInBackground<V> implements AutoCloseable {

  /** A value and when its read started (it is at least that fresh). */
  public record Read<V>(V value, Instant asOf) {}

  private static final Logger log = LoggerFactory.getLogger(RefreshedInBackground.class);

  private final Supplier<V> read;
  private final Duration refreshAfter;
  private final Duration readAtOnceAfter;
  private final ExecutorService background;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile Read<V> latest;
  private volatile Instant nextReadFrom = Instant.MIN;

  static final int PAUSE_PER_READ_TIME = 10;

  RefreshedInBackground(String name, Supplier<V> read, Duration refreshAfter, Duration readAtOnceAfter) {
    this.read = read;
    this.refreshAfter = refreshAfter;
    this.readAtOnceAfter = readAtOnceAfter;
    this.background = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
  }

  Read<V> get() {
    Read<V> current = latest;
    Instant now = Instant.now();
    if (current == null || current.asOf().plus(readAtOnceAfter).isBefore(now)) {
      return readNow();
    }
    if (current.asOf().plus(refreshAfter).isBefore(now) && !now.isBefore(nextReadFrom)
        && refreshing.compareAndSet(false, true)) {
      background.execute(() -> {
        try {
          readNow();
        } catch (RuntimeException e) {
          log.warn("Could not refresh {}: {}", Thread.currentThread().getName(), e.getMessage());
        } finally {
          refreshing.set(false);
        }
      });
    }
    return current;
  }

  private synchronized Read<V> readNow() {
    Instant start = Instant.now();
    if (latest != null && !latest.asOf().isBefore(start.minus(refreshAfter))) {
      return latest; // read by another caller while this one waited
    }
    Read<V> fresh = new Read<>(read.get(), start);
    Instant end = Instant.now();
    nextReadFrom = end.plus(Duration.between(start, end).multipliedBy(PAUSE_PER_READ_TIME));
    latest = fresh;
    return fresh;
  }

  @Override
  public void close() {
    background.shutdownNow();
  }
}

package io.eventdesign.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** A process of the local cluster: started, killed like a crash, stopped, asked whether it is ready. */
public interface ManagedProcess {

  JavaProcess process();

  /** Whether it serves now. */
  boolean ready();

  /** The resident memory it must stay under. */
  default long memoryLimitBytes() {
    return process().memoryLimitBytes();
  }

  default void start() throws IOException {
    process().start();
  }

  /** Waits until it is ready; false when it died or the time ran out. */
  default boolean awaitReady(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!alive()) {
        return false;
      }
      if (ready()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** {@code kill -9}: no shutdown hook runs; a consumer group is not told. */
  default void kill() throws InterruptedException {
    process().kill();
  }

  /** A graceful stop (SIGTERM: Spring's graceful shutdown, Kafka Streams leaves its group). */
  default void stop() throws InterruptedException {
    process().stop();
  }

  default boolean alive() {
    return process().alive();
  }

  default long pid() {
    return process().pid();
  }

  default long residentBytes() {
    return process().residentBytes();
  }

  default String name() {
    return process().name();
  }

  default Path log() {
    return process().log();
  }
}

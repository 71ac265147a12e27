package io.eventdesign.local;

import io.eventdesign.infra.Ports;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;

/** The launchers' life: start from the environment's settings, print a banner, run until Ctrl+C, stop. */
final class UntilStopped {

  /** Starts something from the settings; a bad setting or a taken port is the user's to fix. */
  interface Start<T extends AutoCloseable> {
    T start(LocalSettings settings) throws Exception;
  }

  private UntilStopped() {}

  static <T extends AutoCloseable> void run(String what, Start<T> start, BiFunction<LocalSettings, T, String> banner)
      throws Exception {
    LocalSettings settings;
    T running;
    try {
      settings = LocalSettings.fromEnvironment(System.getenv());
      running = start.start(settings);
    } catch (Ports.PortInUseException | IllegalArgumentException | IllegalStateException e) {
      System.err.println();
      System.err.println("Cannot start the " + what + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        System.err.println("Error while stopping: " + e.getMessage());
      }
      stopped.countDown();
    }, "local-shutdown"));
    System.out.println(banner.apply(settings, running));
    stopped.await();
  }
}

package io.eventdesign.local.chaos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./chaos}: a local cluster under load, its processes killed with {@code kill -9} and restarted one
 * by one, then the checker. Prints a report and exits 1 on any violation. Options (system properties):
 * {@code chaos.rounds} (0: each fault once), {@code chaos.rate} (design-request flows and profile updates started per second, 3 each), {@code chaos.downtime}
 * and {@code chaos.settle} (seconds, 5 and 10), {@code chaos.faults} (only the faults whose names contain one of these comma-separated words), {@code chaos.smoke}
 * (one short round), {@code chaos.keep} (keep the data and logs after a clean run too). The cluster's data
 * lives in a temporary directory, deleted after a clean run and kept when something was found.
 */
public final class ChaosMain {

  private ChaosMain() {}

  public static void main(String[] args) throws Exception {
    ChaosRun run = Boolean.getBoolean("chaos.smoke") ? ChaosRun.smoke() : new ChaosRun(Integer.getInteger("chaos.rounds", 0),
        Double.parseDouble(System.getProperty("chaos.rate", "3")),
        Duration.ofSeconds(Integer.getInteger("chaos.downtime", 5)), Duration.ofSeconds(Integer.getInteger("chaos.settle", 10)),
        java.util.Arrays.stream(System.getProperty("chaos.faults", "").split(",")).map(String::trim).filter(f -> !f.isEmpty()).toList());
    Path dataDir = Files.createTempDirectory("eventdesign-chaos");
    System.out.println("Chaos run: " + run + ", data in " + dataDir);
    ChaosReport report = run.run(dataDir);
    System.out.println(report.render());
    if (report.violations().isEmpty() && !Boolean.getBoolean("chaos.keep")) {
      deleteRecursively(dataDir);
    } else {
      System.out.println("The cluster's data (topics, tables, logs) is kept for a look: " + dataDir);
    }
    System.exit(report.violations().isEmpty() ? 0 : 1);
  }

  private static void deleteRecursively(Path directory) throws java.io.IOException {
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}

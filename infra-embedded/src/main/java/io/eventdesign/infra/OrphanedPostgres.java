package io.eventdesign.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server of a JVM that died without stopping it ({@code kill -9}, an out-of-memory kill):
 * the embedded server runs in a process of its own, so it survives its parent, keeping the port and the
 * data directory. Only the server of the given data directory is stopped, recognised by the data
 * directory's own {@code postmaster.pid} and by the process's working directory (PostgreSQL runs in its
 * data directory), never by its name; a stale pid file of a process that is gone is left to PostgreSQL.
 */
final class OrphanedPostgres {

  private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
  private static final Duration SHUTDOWN = Duration.ofSeconds(30);

  private OrphanedPostgres() {}

  /** Stops the server running on {@code dataDir}, if one is; returns whether one was. */
  static boolean stopIfRunning(Path dataDir) throws IOException {
    Optional<ProcessHandle> server = serverOf(dataDir);
    if (server.isEmpty()) {
      return false;
    }
    long pid = server.get().pid();
    log.warn("PostgreSQL (pid {}) still runs on {} from an earlier start that did not stop it; stopping it", pid, dataDir);
    // SIGTERM, PostgreSQL's smart shutdown: its sessions died with their JVM, so it checkpoints and exits
    server.get().destroy();
    if (!exited(server.get(), SHUTDOWN)) {
      log.warn("PostgreSQL (pid {}) did not stop in {}; killing it (it recovers from its log on the next start)", pid,
          SHUTDOWN);
      server.get().destroyForcibly();
      exited(server.get(), SHUTDOWN);
    }
    return true;
  }

  /** The live process {@code dataDir/postmaster.pid} names, if it is the server of that directory. */
  static Optional<ProcessHandle> serverOf(Path dataDir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
      return Optional.empty();
    }
    long pid = Long.parseLong(lines.getFirst().strip());
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> runsIn(process, dataDir));
  }

  private static boolean runsIn(ProcessHandle process, Path dataDir) {
    try {
      return Files.isSameFile(Path.of("/proc", Long.toString(process.pid()), "cwd"), dataDir);
    } catch (IOException e) {
      return false; // not ours to look into (another user's process), or no /proc: not ours to stop
    }
  }

  private static boolean exited(ProcessHandle process, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (process.isAlive() && Instant.now().isBefore(deadline)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return !process.isAlive();
  }
}

package io.eventdesign.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class of this class path in a JVM of its own, its output appended to a log file: started,
 * stopped gracefully, or killed like a crash; its resident memory read from {@code /proc}. The
 * launcher's {@code eventdesign.*} system properties reach it too, as they would reach the same main
 * class run in the launcher's JVM.
 */
public final class JavaProcess {

  private final String name;
  private final String mainClass;
  private final int heapMebibytes;
  private final List<String> args;
  private final Path log;
  private final java.util.Map<String, String> environment = new java.util.HashMap<>();
  private Process process;

  /** @param heapMebibytes its maximum heap; its memory limit is twice that (RocksDB, metaspace, threads take the rest) */
  JavaProcess(String name, String mainClass, int heapMebibytes, List<String> args, Path log) {
    this.name = name;
    this.mainClass = mainClass;
    this.heapMebibytes = heapMebibytes;
    this.args = List.copyOf(args);
    this.log = log;
  }

  void start() throws IOException {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(List.of("-Xmx" + heapMebibytes + "m", "-XX:+ExitOnOutOfMemoryError"));
    command.addAll(projectSystemProperties());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    process = builder.redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  private static List<String> projectSystemProperties() {
    return System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("eventdesign."))
        .sorted().map(name -> "-D" + name + "=" + System.getProperty(name)).toList();
  }

  /** {@code kill -9}: no shutdown hook runs, nobody is told. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A graceful stop (SIGTERM), forced after a minute. */
  void stop() throws InterruptedException {
    if (alive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  long pid() {
    return process.pid();
  }

  /** The resident memory it must stay under, as a container limit would hold it: twice its heap. */
  long memoryLimitBytes() {
    return 2L * heapMebibytes << 20;
  }

  /** Resident memory now ({@code VmRSS}), or 0 when it is not running or the system does not say. */
  long residentBytes() {
    if (!alive()) {
      return 0;
    }
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:")).findFirst()
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024).orElse(0L);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Environment variables for the next start (secrets that must not show on the command line). */
  java.util.Map<String, String> environment() {
    return environment;
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }
}

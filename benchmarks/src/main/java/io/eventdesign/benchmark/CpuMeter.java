package io.eventdesign.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent by each part of the system between two readings: the benchmark JVM's threads by
 * {@link Components} (in the one-JVM shape every service, the broker and the load generator run in it),
 * the JVM's own work that no Java thread shows (garbage collection, the JIT: the process's CPU minus its
 * threads'), the system's other JVMs as one component each (the production shape; their JIT and garbage
 * collector threads are counted with the benchmark JVM's), and the PostgreSQL server's processes (from
 * {@code /proc}: the server and every backend it forked).
 */
final class CpuMeter {

  /** CPU nanoseconds per component at one instant. */
  record Reading(long atNanos, Map<String, Long> cpuNanos) {

    /** CPU seconds per component since {@code earlier}, largest first, with their total under "total". */
    Map<String, Double> secondsSince(Reading earlier) {
      Map<String, Double> seconds = new TreeMap<>();
      cpuNanos.forEach((component, nanos) ->
          seconds.put(component, Math.max(0, nanos - earlier.cpuNanos().getOrDefault(component, 0L)) / 1e9));
      Map<String, Double> ordered = new LinkedHashMap<>();
      seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
      ordered.put("total", seconds.values().stream().mapToDouble(Double::doubleValue).sum());
      return ordered;
    }

    double wallSecondsSince(Reading earlier) {
      return (atNanos - earlier.atNanos()) / 1e9;
    }
  }

  static final String JVM_INTERNAL = "JVM (other native threads)";
  static final String JIT = "JVM JIT compilers";
  static final String GC = "JVM garbage collector";
  static final String POSTGRES = "PostgreSQL server";
  private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux
  private static final long NANOS_PER_TICK = 1_000_000_000L / CLOCK_TICKS_PER_SECOND;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Components components;
  private final Map<String, Long> processes;

  /** @param processes the system's JVMs other than this one, by name, with their process ids */
  CpuMeter(Components components, Map<String, Long> processes) {
    this.components = components;
    this.processes = Map.copyOf(processes);
    threads.setThreadCpuTimeEnabled(true);
  }

  /** Ids of the JVM's live threads. */
  static java.util.Set<Long> threadIds() {
    return java.util.Arrays.stream(ManagementFactory.getThreadMXBean().getAllThreadIds()).boxed()
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Ids of live threads named {@code prefix}... that are not among {@code before}. */
  static java.util.Set<Long> threadIdsNamed(String prefix, java.util.Set<Long> before) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
        .filter(info -> info != null && info.getThreadName().startsWith(prefix) && !before.contains(info.getThreadId()))
        .map(ThreadInfo::getThreadId).collect(java.util.stream.Collectors.toSet());
  }

  synchronized Reading read() {
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long nanos = threads.getThreadCpuTime(info.getThreadId());
      if (nanos > 0) {
        seen.put(info.getThreadId(), new Seen(components.of(info.getThreadId(), info.getThreadName()), nanos));
      }
    }
    Map<String, Long> cpu = new TreeMap<>();
    long threadsTotal = 0;
    for (Seen thread : seen.values()) {
      cpu.merge(thread.component(), thread.cpuNanos(), Long::sum);
      threadsTotal += thread.cpuNanos();
    }
    long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    Map<String, Long> jvm = nativeThreadsNanos("self");
    jvm.forEach((component, nanos) -> cpu.merge(component, nanos, Long::sum));
    processes.forEach((name, pid) -> {
      Map<String, Long> jitAndGc = nativeThreadsNanos(Long.toString(pid));
      jitAndGc.forEach((component, nanos) -> cpu.merge(component, nanos, Long::sum));
      long own = processNanos(pid) - jitAndGc.values().stream().mapToLong(Long::longValue).sum();
      // a process that has ended keeps the time it had when last read
      cpu.put(name, Math.max(own, lastProcessNanos.getOrDefault(name, 0L)));
      lastProcessNanos.put(name, cpu.get(name));
    });
    long nativeTotal = jvm.values().stream().mapToLong(Long::longValue).sum();
    // a thread that has ended keeps the time it had when last read; what it used after that, and the JVM's
    // other native threads, show as the process's time beyond its threads'
    cpu.put(JVM_INTERNAL, Math.max(0, process - threadsTotal - nativeTotal));
    cpu.put(POSTGRES, postgresNanos());
    return new Reading(System.nanoTime(), cpu);
  }

  /** A thread's component and its CPU time when last read (kept after it ends, so its time does not vanish). */
  private record Seen(String component, long cpuNanos) {}

  private final Map<Long, Seen> seen = new java.util.HashMap<>();
  private final Map<String, Long> lastProcessNanos = new java.util.HashMap<>();

  /** utime + stime of a process, or 0 when it has ended. */
  private static long processNanos(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")), 11, 12) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException ended) {
      return 0;
    }
  }

  /**
   * A JVM's own native threads, which no Java thread view shows, from {@code /proc/<pid>/task}: the JIT
   * compilers ({@code C1/C2 CompilerThread}) and the garbage collector ({@code G1 ...}, {@code GC Thread#}).
   *
   * @param pid a process id, or {@code self}
   */
  private static Map<String, Long> nativeThreadsNanos(String pid) {
    Map<String, Long> nanos = new java.util.HashMap<>(Map.of(JIT, 0L, GC, 0L));
    try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          String component = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? JIT
              : name.startsWith("G1 ") || name.startsWith("GC Thread") ? GC : null;
          if (component != null) {
            nanos.merge(component, ticks(Files.readString(task.resolve("stat")), 11, 12) * NANOS_PER_TICK, Long::sum);
          }
        } catch (IOException | RuntimeException ended) {
          // the thread ended while being read
        }
      }
    } catch (IOException e) {
      return Map.of(); // no /proc: not Linux
    }
    return nanos;
  }

  /** The sum of the given fields of a {@code /proc/.../stat} line, counted after the command's closing parenthesis. */
  private static long ticks(String stat, int firstField, int lastField) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = 0;
    for (int field = firstField; field <= lastField; field++) {
      ticks += Long.parseLong(fields[field]);
    }
    return ticks;
  }

  /**
   * utime + stime of every process whose command line says it is a PostgreSQL server or backend, plus the
   * time of their children that have ended (cutime + cstime: backends of closed connections, reaped by
   * the server process).
   */
  private static long postgresNanos() {
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
        try {
          String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
          if (!command.startsWith("postgres") && !command.contains("/bin/postgres")) {
            continue;
          }
          ticks += ticks(Files.readString(process.resolve("stat")), 11, 14); // utime, stime, cutime, cstime
        } catch (IOException | RuntimeException ended) {
          // the process ended while being read
        }
      }
    } catch (IOException e) {
      return 0; // no /proc: not Linux
    }
    return ticks * NANOS_PER_TICK;
  }
}

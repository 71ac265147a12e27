package io.eventdesign.local.chaos;

import io.eventdesign.local.ManagedProcess;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples each process's resident memory every second and keeps the highest, against the process's limit. */
final class MemoryWatch implements AutoCloseable {

  private final List<? extends ManagedProcess> processes;
  private final Map<String, Long> highest = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

  MemoryWatch(List<? extends ManagedProcess> processes) {
    this.processes = List.copyOf(processes);
    sampler.scheduleWithFixedDelay(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  private void sample() {
    processes.forEach(process -> highest.merge(process.name(), process.residentBytes(), Math::max));
  }

  /** The highest resident memory of each process, in MiB. */
  Map<String, Long> highestMebibytes() {
    return new java.util.TreeMap<>(highest.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue() >> 20)));
  }

  List<String> violations() {
    return processes.stream().filter(p -> highest.getOrDefault(p.name(), 0L) > p.memoryLimitBytes())
        .map(p -> p.name() + " reached " + (highest.get(p.name()) >> 20) + " MiB resident, over its limit of "
            + (p.memoryLimitBytes() >> 20) + " MiB").toList();
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}

package io.eventdesign.benchmark;

import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.LocalSettings;
import io.eventdesign.local.LocalSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the whole system (real Kafka, real PostgreSQL, all services) on a fresh data directory,
 * runs the workloads and baselines, prints a table on standard output and writes JSON.
 *
 * <p>Options: {@code --duration=SECONDS} (60, measured), {@code --warmup=SECONDS} (15, the same load
 * unmeasured before it), {@code --concurrency=N} (32), {@code --events=N}
 * (1000000, the rebuild workload), {@code --rebuild-tables=event_log,users} (the tables the rebuild
 * workload rebuilds, one after the other), {@code --output=FILE} (benchmarks/target/benchmark-results.json),
 * {@code --workloads=commands,baselines,rebuild} (all three; name a subset to run only those),
 * {@code --flows=users,requests} (the command workload's flows, see {@link CommandLoad}),
 * {@code --jfr=FILE} (a JDK Flight Recording of the workloads, without the start-up).
 */
public final class BenchmarkMain {

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60")));
    Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
    long events = Long.parseLong(options.getOrDefault("events", "1000000"));
    Path output = Path.of(options.getOrDefault("output", "benchmarks/target/benchmark-results.json"));
    Set<String> workloads = Set.of(options.getOrDefault("workloads", "commands,baselines,rebuild").split(","));
    Set<String> flows = new TreeSet<>(List.of(options.getOrDefault("flows", "users,requests").split(",")));
    List<String> rebuildTables = List.of(options.getOrDefault("rebuild-tables", "event_log,users").split(","));
    Path data = Files.createTempDirectory("eventdesign-benchmark-");

    Progress.say("starting Kafka, PostgreSQL and the services in %s", data);
    // every sign-up of the load comes from this one address: the brute-force brake would throttle it
    System.setProperty("eventdesign.auth.requests-per-minute", "100000000");
    Map<String, Object> results = new LinkedHashMap<>();
    try (LocalSystem system = LocalSystem.start(LocalSettings.onFreePorts(data));
        Profile profile = Profile.startIf(options.get("jfr"))) {
      results.put("machine", machine());
      results.put("settings", Map.of("durationSeconds", duration.toSeconds(), "warmUpSeconds", warmUp.toSeconds(),
          "concurrency", concurrency, "rebuildEvents", events));

      if (workloads.contains("commands")) {
      Progress.say("command load: %d workers, %d s warm-up, %d s measured", concurrency, warmUp.toSeconds(),
          duration.toSeconds());
      LocalLogins logins = new LocalLogins(system);
      var callers = new CommandLoad.Callers(system.issuer(), logins.newCustomer().token(), logins.staff(), logins.admin());
      var load = new CommandLoad(system.userServicePort(), system.requestServicePort(), system.postgresJdbcUrl(), callers)
          .run(warmUp, duration, concurrency, flows);
      results.put("commands", ordered("flows", flows,
          "commands", load.commands(), "seconds", round(load.seconds()),
          "commandsPerSecond", round(load.commands() / load.seconds()), "errors", load.errors(),
          "roundTripMillis", percentiles(load.roundTrip()),
          "commandToRowMillis", percentiles(load.commandToRow()), "commandToRowSamples", load.commandToRow().count(),
          "submitToPaidMillis", percentiles(load.saga()), "submitToPaidSamples", load.saga().count()));

      Progress.say("command load: %s", results.get("commands"));
      }
      if (workloads.contains("baselines")) {
      Progress.say("Kafka baselines: transactional producer-perf and end-to-end latency");
      KafkaBaselines kafka = new KafkaBaselines(system.kafkaBootstrapServers());
      int recordSize = 300;
      var producer = kafka.producer(Math.max(100_000, Math.min(events, 1_000_000)), recordSize);
      var endToEnd = kafka.endToEnd(5_000, recordSize);
      results.put("kafkaProducerPerf", Map.of("records", producer.records(), "recordSize", recordSize,
          "recordsPerSecond", round(producer.recordsPerSecond()), "p50Millis", producer.p50(), "p99Millis", producer.p99(),
          "maxMillis", producer.max()));
      results.put("kafkaEndToEndLatency", Map.of("messages", 5_000, "avgMillis", endToEnd.average(),
          "p50Millis", endToEnd.p50(), "p99Millis", endToEnd.p99()));

      Progress.say("Kafka baselines: %s %s", results.get("kafkaProducerPerf"), results.get("kafkaEndToEndLatency"));
      }
      if (workloads.contains("rebuild")) {
      Progress.say("rebuild: %,d events", events);
      var rebuild = new RebuildRate(system.kafkaBootstrapServers(), system.projectionServicePort(),
          system.postgresJdbcUrl(), new LocalLogins(system).admin()).run(events, rebuildTables);
      for (var table : rebuild.tables()) {
        results.put("rebuild_" + table.table(), ordered("table", table.table(), "producedEvents", rebuild.producedEvents(),
            "averageEventBytes", rebuild.averageRecordBytes(), "rebuiltRecords", table.rebuiltRecords(),
            "seconds", round(table.rebuildSeconds()),
            "eventsPerSecond", round(table.rebuiltRecords() / table.rebuildSeconds()),
            "maxHeapMiB", table.maxHeapBytes() / (1024 * 1024),
            "copyRows", table.copiedRows(), "copySeconds", round(table.copySeconds()),
            "copyRowsPerSecond", round(table.copiedRows() / table.copySeconds()),
            "rebuildToCopyRatio", ratio((table.rebuiltRecords() / table.rebuildSeconds())
                / (table.copiedRows() / table.copySeconds())),
            "copyThenIndexRowsPerSecond", round(table.copiedRows() / table.copyThenIndexSeconds()),
            "rebuildToCopyThenIndexRatio", ratio((table.rebuiltRecords() / table.rebuildSeconds())
                / (table.copiedRows() / table.copyThenIndexSeconds()))));
      }
      }
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results));
    System.out.println(Report.table(results));
    System.out.println("JSON: " + output.toAbsolutePath());
  }

  private static Map<String, Object> percentiles(Latencies latencies) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("p50", round(latencies.percentileMillis(50)));
    p.put("p95", round(latencies.percentileMillis(95)));
    p.put("p99", round(latencies.percentileMillis(99)));
    p.put("max", round(latencies.percentileMillis(100)));
    return p;
  }

  private static Map<String, Object> machine() {
    return Map.of("cores", Runtime.getRuntime().availableProcessors(),
        "maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024),
        "java", System.getProperty("java.version"), "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** A map in the order given: key, value, key, value, ... */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static double round(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
  }

  /** Ratios to two decimals: one decimal hides the difference between 0.75 and 0.84. */
  static double ratio(double value) {
    return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("options look like --duration=60, not " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}

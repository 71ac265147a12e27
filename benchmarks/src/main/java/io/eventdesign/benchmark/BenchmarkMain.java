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
 * (1000000, the rebuild workload), {@code --rebuild-tables=event_log,design_request_states} (the tables the rebuild
 * workload rebuilds, one after the other), {@code --output=FILE} (benchmarks/target/benchmark-results.json),
 * {@code --workloads=commands,baselines,rebuild} (all three; name a subset to run only those),
 * {@code --flows=users,requests} (the command workload's flows, see {@link CommandLoad}),
 * {@code --jfr=FILE} (a JDK Flight Recording of the workloads, without the start-up),
 * {@code --curves=registration,profile,design,signup} (the open-loop curves to draw), {@code --rates-registration=},
 * {@code --rates-profile=}, {@code --rates-design=}, {@code --rates-signup=} (their offered rates a second, comma-separated),
 * {@code --step=SECONDS} (20, each rate measured) and {@code --step-warmup=SECONDS} (5, each rate unmeasured first), {@code --curve-warmup=SECONDS} (60, each flow
 * back to back before its curve),
 * {@code --idle=SECONDS} (30, the idle CPU reading, after {@code --idle-settle=SECONDS}, 30), {@code --sagas=N} (30, sagas one at a time at idle, hop by hop),
 * {@code --provider-delay-ms=N} (0: how long the simulated payment provider takes before its webhook),
 * {@code --shape=one-jvm|processes} ({@code one-jvm}: see {@link SystemUnderTest}).
 */
public final class BenchmarkMain {

  static final String DEFAULT_WORKLOADS = "curves,idle,hops,reads,commands,baselines,rebuild";
  private static final Map<String, String> DEFAULT_RATES = Map.of(
      "registration", "25,50,100,150,300,500,750,1000,1500,2000,3000",
      "profile", "100,300,500,750,1000,1500,2000,3000",
      "design", "2,5,10,20,40,60,80,120,160",
      "signup", "10,20,40,60,80,120");

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "60")));
    Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "15")));
    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
    long events = Long.parseLong(options.getOrDefault("events", "1000000"));
    Path output = Path.of(options.getOrDefault("output", "benchmarks/target/benchmark-results.json"));
    Set<String> workloads = Set.of(options.getOrDefault("workloads", DEFAULT_WORKLOADS).split(","));
    Set<String> flowNames = new TreeSet<>(List.of(options.getOrDefault("flows", "users,requests").split(",")));
    List<String> rebuildTables = java.util.Arrays.stream(options.getOrDefault("rebuild-tables", "event_log,design_request_states")
        .split(",")).filter(table -> !table.isBlank()).toList();
    Path data = Files.createTempDirectory("eventdesign-benchmark-");

    Progress.say("starting Kafka, PostgreSQL and the services in %s", data);
    // every sign-up of the load comes from this one address: the brute-force brake would throttle it
    System.setProperty("eventdesign.auth.requests-per-minute", "100000000");
    // the simulated provider answers at once: its default 200 ms "processing" would hide the saga's own time
    // (a real provider's time is its own; --provider-delay-ms puts one back)
    System.setProperty("eventdesign.payments.simulator.delay", options.getOrDefault("provider-delay-ms", "0") + "ms");
    // the benchmark's own tokens last the whole run (the default is minutes)
    System.setProperty("eventdesign.auth.access-token-ttl", "PT6H");
    Map<String, Object> results = new LinkedHashMap<>();
    String shape = options.getOrDefault("shape", SystemUnderTest.ONE_JVM);
    try (SystemUnderTest system = SystemUnderTest.start(shape, LocalSettings.onFreePorts(data));
        Profile profile = Profile.startIf(options.get("jfr"))) {
      LocalSystem infrastructure = system.infrastructure();
      results.put("machine", machine());
      results.put("settings", Map.of("shape", shape, "durationSeconds", duration.toSeconds(),
          "warmUpSeconds", warmUp.toSeconds(), "concurrency", concurrency, "rebuildEvents", events));

      Components components = new Components(infrastructure.authServerPort(), system.userServicePort(),
          system.requestServicePort(), system.paymentServicePort(), system.projectionServicePort());
      CpuMeter cpu = new CpuMeter(components, system.processes());
      LocalLogins logins = new LocalLogins(infrastructure);
      var registrar = infrastructure.authServerContext().getBean(io.eventdesign.auth.token.ServiceTokens.class);
      var callers = new Flows.Callers(infrastructure.issuer(), logins.newCustomer().token(), logins.staff(), logins.admin(),
          registrar::current);
      Set<Long> threadsBefore = CpuMeter.threadIds();
      Flows flows = new Flows(new Flows.Ports(system.userServicePort(), system.requestServicePort()), callers, sagas(infrastructure));
      components.claimForLoad(CpuMeter.threadIdsNamed("HttpClient-", threadsBefore));

      // the curves first: the idle figures, the saga at idle and the reads come after them, from a system whose
      // hot paths the JIT has compiled (and whose tables hold what the curves wrote)
      if (workloads.contains("curves")) {
        Duration step = Duration.ofSeconds(Long.parseLong(options.getOrDefault("step", "20")));
        Duration stepWarmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("step-warmup", "5")));
        Duration flowWarmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("curve-warmup", "60")));
        LatencyCurves curves = new LatencyCurves(flows, infrastructure.postgresJdbcUrl(), cpu, stepWarmUp, step, flowWarmUp);
        Map<String, Object> drawn = new LinkedHashMap<>();
        for (String flow : options.getOrDefault("curves", String.join(",", LatencyCurves.FLOWS)).split(",")) {
          List<Double> rates = java.util.Arrays.stream(options.getOrDefault("rates-" + flow, DEFAULT_RATES.get(flow)).split(","))
              .map(Double::valueOf).toList();
          drawn.put(flow, curves.curve(flow, rates));
          results.put("curves", drawn);
        }
      }
      if (workloads.contains("idle")) {
        Duration idle = Duration.ofSeconds(Long.parseLong(options.getOrDefault("idle", "30")));
        Duration settle = Duration.ofSeconds(Long.parseLong(options.getOrDefault("idle-settle", "30")));
        Progress.say("idle: letting the system settle for %d s, then reading its CPU for %d s", settle.toSeconds(),
            idle.toSeconds());
        Thread.sleep(settle.toMillis());
        results.put("idle", IdleCpu.measure(cpu, idle));
        Progress.say("idle: %s", results.get("idle"));
      }
      if (workloads.contains("reads")) {
        results.put("operationalReads", OperationalReads.time(system.projectionServicePort(), logins.admin()));
        Progress.say("operational reads: %s", results.get("operationalReads"));
      }
      if (workloads.contains("hops")) {
        int count = Integer.parseInt(options.getOrDefault("sagas", "30"));
        Progress.say("hops: %d design requests one at a time, each saga timed hop by hop", count);
        results.put("sagaHopsIdle", HopTable.oneAtATime(flows, count));
        Progress.say("hops: %s", results.get("sagaHopsIdle"));
      }
      if (workloads.contains("commands")) {
      Progress.say("command load: %d workers, %d s warm-up, %d s measured", concurrency, warmUp.toSeconds(),
          duration.toSeconds());
      var load = new CommandLoad(flows, infrastructure.postgresJdbcUrl()).run(warmUp, duration, concurrency, flowNames);
      results.put("commands", ordered("flows", flowNames,
          "commands", load.commands(), "seconds", round(load.seconds()),
          "commandsPerSecond", round(load.commands() / load.seconds()), "errors", load.errors(),
          "roundTripMillis", percentiles(load.roundTrip()),
          "commandToRowMillis", percentiles(load.commandToRow()), "commandToRowSamples", load.commandToRow().count(),
          "submitToPaidMillis", percentiles(load.saga()), "submitToPaidSamples", load.saga().count()));

      Progress.say("command load: %s", results.get("commands"));
      }
      if (workloads.contains("baselines")) {
      Progress.say("Kafka baselines: transactional producer-perf and end-to-end latency");
      KafkaBaselines kafka = new KafkaBaselines(infrastructure.kafkaBootstrapServers());
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
      var rebuild = new RebuildRate(infrastructure.kafkaBootstrapServers(), system.projectionServicePort(),
          infrastructure.postgresJdbcUrl(), logins.admin(), system.projectionMemory().bytes(), cpu).run(events, rebuildTables);
      results.put("liveCatchUp", ordered("events", rebuild.producedEvents(), "produceSeconds", round(rebuild.produceSeconds()),
          "secondsUntilProcessed", round(rebuild.catchUpSeconds()),
          "eventsPerSecond", round(rebuild.producedEvents() / rebuild.catchUpSeconds()),
          "cpuCoresUsed", ratio(rebuild.catchUpCpuSeconds().get("total") / rebuild.catchUpSeconds()),
          "cpuMicrosPerEvent", perEvent(rebuild.catchUpCpuSeconds(), rebuild.producedEvents())));
      for (var table : rebuild.tables()) {
        results.put("rebuild_" + table.table(), ordered("table", table.table(), "producedEvents", rebuild.producedEvents(),
            "averageEventBytes", rebuild.averageRecordBytes(), "rebuiltRecords", table.rebuiltRecords(),
            "seconds", round(table.rebuildSeconds()),
            "eventsPerSecond", round(table.rebuiltRecords() / table.rebuildSeconds()),
            system.projectionMemory().maxName(), table.maxMemoryBytes() / (1024 * 1024),
            "copyRows", table.copiedRows(), "copySeconds", round(table.copySeconds()),
            "copyRowsPerSecond", round(table.copiedRows() / table.copySeconds()),
            "rebuildToCopyRatio", ratio((table.rebuiltRecords() / table.rebuildSeconds())
                / (table.copiedRows() / table.copySeconds())),
            "copyThenIndexRowsPerSecond", round(table.copiedRows() / table.copyThenIndexSeconds()),
            "rebuildToCopyThenIndexRatio", ratio((table.rebuiltRecords() / table.rebuildSeconds())
                / (table.copiedRows() / table.copyThenIndexSeconds()))));
      }
      if (workloads.contains("reads")) {
        results.put("operationalReadsAfterRebuild", OperationalReads.time(system.projectionServicePort(), logins.admin()));
        Progress.say("operational reads with the rebuilt tables: %s", results.get("operationalReadsAfterRebuild"));
      }
      }
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(results));
    System.out.println(Report.table(results));
    System.out.println(CurveReport.tables(results));
    System.out.println("JSON: " + output.toAbsolutePath());
  }

  static Map<String, Object> percentiles(Latencies latencies) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("p50", round(latencies.percentileMillis(50)));
    p.put("p95", round(latencies.percentileMillis(95)));
    p.put("p99", round(latencies.percentileMillis(99)));
    p.put("p999", round(latencies.percentileMillis(99.9)));
    p.put("max", round(latencies.percentileMillis(100)));
    return p;
  }

  /** CPU seconds per component as microseconds per event. */
  private static Map<String, Object> perEvent(Map<String, Double> cpuSeconds, long events) {
    Map<String, Object> micros = new LinkedHashMap<>();
    cpuSeconds.forEach((component, seconds) -> micros.put(component, round(seconds * 1e6 / events)));
    return micros;
  }

  /** The saga watcher, running until the JVM ends. */
  private static SagaWatcher sagas(LocalSystem system) {
    SagaWatcher watcher = new SagaWatcher(system.kafkaBootstrapServers());
    Thread.ofPlatform().daemon().name("saga-watcher").start(watcher);
    return watcher;
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

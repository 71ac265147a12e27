package io.eventdesign.local.chaos;

import io.eventdesign.infra.testing.Tokens;
import io.eventdesign.local.LocalCluster;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.LocalSettings;
import io.eventdesign.local.ManagedProcess;
import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Injects {@link Fault#all faults} into a {@link LocalCluster} one after another under an open-loop load,
 * then checks that nothing acknowledged was lost or applied twice ({@link ChaosCheck}) and that no
 * process outgrew its memory ({@link MemoryWatch}).
 *
 * @param rounds how many faults, taken in turn from the list (0: each once)
 * @param flowsPerSecond design-request flows started per second (and as many profile updates)
 * @param downtime how long a fault lasts before the recovery starts
 * @param settle how long the load runs on after everything is ready again, before the next fault
 * @param only the faults whose names contain one of these (empty: all)
 */
record ChaosRun(int rounds, double flowsPerSecond, Duration downtime, Duration settle, List<String> only) {

  /** The build's short run: a service instance crashed, the broker crashed, the broker unreachable. */
  static ChaosRun smoke() {
    return new ChaosRun(0, 3, Duration.ofSeconds(3), Duration.ofSeconds(3),
        List.of("kill -9 request-service-1", "kill -9 kafka-broker", "network held"));
  }

  ChaosReport run(Path dataDir) throws Exception {
    try (LocalCluster cluster = LocalCluster.startWithFaultLinks(LocalSettings.onFreePorts(dataDir));
        MemoryWatch memory = new MemoryWatch(Stream.concat(Stream.of(cluster.broker()), cluster.instances().stream()).toList())) {
      LocalLogins logins = new LocalLogins(cluster.infrastructure());
      String adminToken = logins.admin();
      Tokens.Person customer = logins.newCustomer();
      try (CommandLoad load = new CommandLoad(cluster.instances(), customer.token(), customer.userId())) {
        load.start(flowsPerSecond);
        List<Injected> injected = injectFaults(cluster, load);
        load.stop();
        List<Command> sent = load.commands();
        Command.writeCsv(dataDir.resolve("commands.csv"), sent);
        Outcomes outcomes = Outcomes.settle(load, sent);
        List<String> violations = new ArrayList<>(outcomes.violations());
        String projectionService = "http://localhost:" + cluster.instances().stream()
            .filter(instance -> instance.service() == Service.PROJECTION).findFirst().orElseThrow().port();
        violations.addAll(ChaosCheck.violations(cluster.infrastructure().kafkaBootstrapServers(),
            new ReadModelChecks(cluster.infrastructure().postgresJdbcUrl()), outcomes.known(), projectionService, adminToken));
        violations.addAll(memory.violations());
        Map<String, Integer> partitions = Unavailability.partitionsOf(cluster.infrastructure().kafkaBootstrapServers());
        return new ChaosReport(injected.stream().map(fault -> fault.outcome(sent, partitions)).toList(), sent.size(),
            (int) sent.stream().filter(Command::acknowledged).count(), outcomes.retried(),
            new java.util.TreeMap<>(sent.stream().collect(Collectors.groupingBy(Command::status, Collectors.counting()))),
            memory.highestMebibytes(), violations);
      }
    }
  }

  /**
   * The chosen faults one after another, the load running: each injected, left, recovered from; the next
   * comes once every service is ready, the load is served again and the settle time has passed, so that
   * each fault is measured on its own.
   */
  private List<Injected> injectFaults(LocalCluster cluster, CommandLoad load) throws Exception {
    List<Fault> faults = Fault.all(cluster).stream()
        .filter(fault -> only.isEmpty() || only.stream().anyMatch(fault.name()::contains)).toList();
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("no fault's name contains any of " + only);
    }
    List<Injected> injected = new ArrayList<>();
    Thread.sleep(settle.toMillis());
    for (int round = 0; round < (rounds == 0 ? faults.size() : rounds); round++) {
      Fault fault = faults.get(round % faults.size());
      System.out.printf("Round %d: %s%n", round + 1, fault.name());
      long at = System.currentTimeMillis();
      fault.inject().run();
      Thread.sleep(downtime.toMillis());
      fault.recover().run();
      awaitAllReady(cluster.instances());
      long readyAt = System.currentTimeMillis();
      injected.add(new Injected(fault.name(), at, readyAt));
      if (!load.awaitServed(readyAt, SERVED_AGAIN, Duration.ofMinutes(3))) {
        System.out.printf("The load was not served again within 3 minutes of recovering from %s%n", fault.name());
      }
      Thread.sleep(settle.toMillis());
    }
    return injected;
  }

  private static void awaitAllReady(List<ServiceProcess> instances) throws InterruptedException {
    for (ManagedProcess instance : instances) {
      if (!instance.awaitReady(Duration.ofMinutes(3))) {
        throw new IllegalStateException(instance.name() + " is not ready after the fault; see " + instance.log());
      }
    }
  }

  /** How many commands in a row must be acknowledged before the next fault. */
  private static final int SERVED_AGAIN = 10;

  /** A fault injected at one instant, everything ready again at another. */
  private record Injected(String fault, long injectedAt, long readyAt) {

    /** The commands sent meanwhile, once every one of them has its outcome. */
    ChaosReport.FaultOutcome outcome(List<Command> commands, Map<String, Integer> partitions) {
      List<Command> during = commands.stream().filter(c -> c.sentAtMillis() >= injectedAt && c.sentAtMillis() <= readyAt).toList();
      long failed = during.stream().filter(c -> !c.acknowledged()).count();
      return new ChaosReport.FaultOutcome(fault, readyAt - injectedAt, during.size(), during.size() - (int) failed, (int) failed,
          Unavailability.longest(commands, partitions, injectedAt, readyAt));
    }
  }
}

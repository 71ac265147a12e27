package io.eventdesign.local.chaos;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.local.LocalCluster;
import io.eventdesign.local.LocalLogins;
import io.eventdesign.local.LocalSettings;
import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills the processes of a {@link LocalCluster} one after another under an open-loop load, then checks
 * that nothing acknowledged was lost or applied twice ({@link EventLogCheck}).
 *
 * @param rounds how many faults: each kills the next write-side or projection instance in turn
 * @param flowsPerSecond design requests created (and then answered) per second
 * @param downtime how long a killed process stays down
 * @param settle how long the load runs on after a restarted process is ready, before the next fault
 */
record ChaosRun(int rounds, double flowsPerSecond, Duration downtime, Duration settle) {

  static ChaosRun smoke() {
    return new ChaosRun(1, 3, Duration.ofSeconds(3), Duration.ofSeconds(3));
  }

  ChaosReport run(Path dataDir) throws Exception {
    try (LocalCluster cluster = LocalCluster.start(LocalSettings.onFreePorts(dataDir))) {
      String token = new LocalLogins(cluster.infrastructure()).newCustomer().token();
      // the load's own path first, then the read side, then the services it does not use
      List<ServiceProcess> victims = java.util.stream.Stream.of(Service.REQUEST, Service.PROJECTION, Service.PAYMENT, Service.USER)
          .flatMap(service -> cluster.instances().stream().filter(i -> i.service() == service)).toList();
      List<Kill> kills = new ArrayList<>();
      CommandLoad load = new CommandLoad(cluster.instances(), token);
      load.start(flowsPerSecond);
      Thread.sleep(settle.toMillis());
      for (int round = 0; round < rounds; round++) {
        ServiceProcess victim = victims.get(round % victims.size());
        long killedAt = System.currentTimeMillis();
        victim.kill();
        Thread.sleep(downtime.toMillis());
        victim.start();
        if (!victim.awaitReady(Duration.ofMinutes(3))) {
          throw new IllegalStateException(victim.name() + " did not get ready after its restart; see " + victim.log());
        }
        long readyAt = System.currentTimeMillis();
        Thread.sleep(settle.toMillis());
        kills.add(new Kill(victim.name(), killedAt, readyAt));
      }
      load.close();
      List<Command> sent = load.commands();
      List<ChaosReport.Fault> faults = kills.stream().map(kill -> kill.fault(sent)).toList();
      List<Command> known = new ArrayList<>();
      int retried = 0;
      for (Command command : sent) {
        if (command.acknowledged()) {
          known.add(command);
        } else if (!command.outcomeKnown()) {
          retried++;
          Command outcome = Await.until("the outcome of " + command.key(), () -> java.util.Optional.of(load.retry(command))
              .filter(Command::outcomeKnown));
          if (outcome.acknowledged()) {
            known.add(outcome);
          }
        }
      }
      List<String> violations = new EventLogCheck().violations(cluster.infrastructure().kafkaBootstrapServers(),
          cluster.infrastructure().postgresJdbcUrl(), known);
      int acknowledged = (int) sent.stream().filter(Command::acknowledged).count();
      java.util.Map<Integer, Long> statuses = new java.util.TreeMap<>(sent.stream()
          .collect(java.util.stream.Collectors.groupingBy(Command::status, java.util.stream.Collectors.counting())));
      return new ChaosReport(faults, sent.size(), acknowledged, retried, statuses, violations);
    }
  }

  /** A process killed at one instant and ready again at another. */
  private record Kill(String process, long killedAt, long readyAt) {

    /** The commands sent meanwhile, once every one of them has its outcome. */
    ChaosReport.Fault fault(List<Command> commands) {
      List<Command> during = commands.stream().filter(c -> c.sentAtMillis() >= killedAt && c.sentAtMillis() <= readyAt).toList();
      List<Command> failed = during.stream().filter(c -> !c.acknowledged()).toList();
      long unavailable = failed.isEmpty() ? 0
          : failed.stream().mapToLong(c -> c.sentAtMillis() + c.tookMillis()).max().getAsLong()
              - failed.stream().mapToLong(Command::sentAtMillis).min().getAsLong();
      return new ChaosReport.Fault(process, readyAt - killedAt, during.size(), during.size() - failed.size(), failed.size(),
          unavailable);
    }
  }
}

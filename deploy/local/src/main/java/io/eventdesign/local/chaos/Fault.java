package io.eventdesign.local.chaos;

import io.eventdesign.local.LocalCluster;
import io.eventdesign.local.LogTail;
import io.eventdesign.local.ManagedProcess;
import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.TcpProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One thing that goes wrong: injected, left for the run's downtime, then recovered from.
 *
 * @param inject what breaks (a process killed, a link held)
 * @param recover what a person or an orchestrator does about it (a restart) or what heals by itself
 */
record Fault(String name, Step inject, Step recover) {

  /** A step that may fail. */
  interface Step {
    void run() throws Exception;
  }

  /** Latency each way on a slowed link. */
  static final long SLOW_LINK_MILLIS = 100;

  /**
   * Every fault the chaos run knows, in the order it injects them: a process of each service killed with
   * {@code kill -9} and restarted (the load's own request-service first, then the read side, the payment
   * saga's service, user-service; the first instance of each, its peer taking over meanwhile), the broker
   * killed and restarted, PostgreSQL stopped and started, then the network: PostgreSQL slow, the broker
   * unreachable (bytes held both ways, connections open), the broker slow, every broker connection reset.
   */
  static List<Fault> all(LocalCluster cluster) {
    List<Fault> faults = new ArrayList<>();
    Stream.of(Service.REQUEST, Service.PROJECTION, Service.PAYMENT, Service.USER)
        .map(service -> cluster.instances().stream().filter(instance -> instance.service() == service).findFirst().orElseThrow())
        .forEach(instance -> faults.add(crash(instance)));
    faults.add(crash(cluster.broker()));
    faults.add(new Fault("PostgreSQL stopped", cluster.infrastructure()::stopPostgres, cluster.infrastructure()::startPostgres));
    TcpProxy postgres = cluster.postgresLink();
    TcpProxy kafka = cluster.kafkaLink();
    faults.add(new Fault("PostgreSQL slow (+" + SLOW_LINK_MILLIS + " ms each way)", () -> postgres.slowDown(SLOW_LINK_MILLIS),
        postgres::heal));
    faults.add(new Fault("broker unreachable (network held)", kafka::hold, kafka::heal));
    faults.add(new Fault("broker slow (+" + SLOW_LINK_MILLIS + " ms each way)", () -> kafka.slowDown(SLOW_LINK_MILLIS), kafka::heal));
    faults.add(new Fault("broker connections reset", kafka::cut, () -> { }));
    return faults;
  }

  private static Fault crash(ManagedProcess process) {
    return new Fault("kill -9 " + process.name(), process::kill, () -> {
      process.start();
      if (!process.awaitReady(Duration.ofMinutes(3))) {
        throw new IllegalStateException(process.name() + " did not get ready after its restart; see " + process.log()
            + ", which ends:\n" + LogTail.of(process.log(), 40));
      }
    });
  }
}

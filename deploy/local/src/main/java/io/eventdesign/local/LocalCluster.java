package io.eventdesign.local;

import io.eventdesign.infra.Ports;
import io.eventdesign.local.ServiceLaunches.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The production shape on this machine ({@code ./run-cluster}): Kafka, PostgreSQL and the authorization
 * server in this JVM, and every service instance in a JVM of its own: two of each write side (each
 * keeps the aggregates of its partitions and forwards reads of the others' to them) and one
 * projection-service. Instances can be killed and restarted one by one, as a crash would.
 */
public final class LocalCluster implements AutoCloseable {

  /** Instances of each write-side service. */
  static final int WRITE_SIDE_INSTANCES = 2;
  /** The second instance of a service listens this far above the first. */
  static final int SECOND_INSTANCE_OFFSET = 100;

  private final LocalSystem infrastructure;
  private final List<ServiceProcess> instances = new ArrayList<>();

  private LocalCluster(LocalSystem infrastructure) {
    this.infrastructure = infrastructure;
  }

  public static LocalCluster start(LocalSettings requested) throws Exception {
    LocalSettings settings = withConcretePorts(requested);
    LocalCluster cluster = new LocalCluster(LocalSystem.startInfrastructure(settings));
    try {
      for (Service service : Service.values()) {
        int first = settings.servicePort(service);
        int count = service == Service.PROJECTION ? 1 : WRITE_SIDE_INSTANCES;
        for (int i = 1; i <= count; i++) {
          cluster.instances.add(cluster.instance(settings, service, i, i == 1 ? first : first + SECOND_INSTANCE_OFFSET));
        }
      }
      for (ServiceProcess instance : cluster.instances) {
        instance.start();
      }
      for (ServiceProcess instance : cluster.instances) {
        if (!instance.awaitReady(Duration.ofMinutes(3))) {
          throw new IllegalStateException(instance.name() + " did not get ready; see " + instance.log());
        }
      }
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private ServiceProcess instance(LocalSettings settings, Service service, int number, int port) {
    String name = service.serviceName + "-" + number;
    List<String> args = infrastructure.launches().args(service, port,
        "--spring.kafka.streams.state-dir=" + settings.dataDir().resolve("streams").resolve(name),
        "--spring.kafka.streams.properties.application.server=localhost:" + port);
    return new ServiceProcess(name, service, port, args, settings.dataDir().resolve("cluster-logs").resolve(name + ".log"));
  }

  /** Ports asked as 0 become free ones now: the authorization server must know user-service's first. */
  private static LocalSettings withConcretePorts(LocalSettings s) {
    return new LocalSettings(s.dataDir(), s.kafkaPort(), s.kafkaControllerPort(), s.postgresPort(), concrete(s.userServicePort()),
        concrete(s.requestServicePort()), concrete(s.paymentServicePort()), concrete(s.projectionServicePort()),
        concrete(s.authServerPort()), s.bindAddress(), s.kafkaAcls());
  }

  private static int concrete(int port) {
    return port == 0 ? Ports.free() : port;
  }

  public LocalSystem infrastructure() {
    return infrastructure;
  }

  /** Every instance, in start order: user-service-1, user-service-2, request-service-1, ... projection-service-1. */
  public List<ServiceProcess> instances() {
    return List.copyOf(instances);
  }

  @Override
  public void close() throws Exception {
    for (int i = instances.size() - 1; i >= 0; i--) {
      instances.get(i).stop();
    }
    infrastructure.close();
  }

  public static void main(String[] args) throws Exception {
    UntilStopped.run("local cluster", LocalCluster::start, (settings, cluster) -> cluster.banner());
  }

  private String banner() {
    StringBuilder banner = new StringBuilder("\n================================================================\n"
        + " eventdesign cluster is running (Ctrl+C stops everything)\n"
        + "----------------------------------------------------------------\n");
    for (ServiceProcess instance : instances) {
      banner.append(String.format(" %-22s http://localhost:%d  pid %d  log %s%n", instance.name(), instance.port(),
          instance.pid(), instance.log()));
    }
    banner.append(String.format(" %-22s %s%n %-22s %s%n %-22s %s%n", "auth server", infrastructure.issuer(),
        "Kafka", infrastructure.kafkaBootstrapServers(), "PostgreSQL", infrastructure.postgresJdbcUrl()));
    return banner.append("================================================================\n").toString();
  }
}

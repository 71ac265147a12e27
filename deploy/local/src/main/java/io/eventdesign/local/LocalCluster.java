package io.eventdesign.local;

import io.eventdesign.infra.EmbeddedPostgres;
import io.eventdesign.infra.Ports;
import io.eventdesign.local.ServiceLaunches.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The production shape on this machine ({@code ./run-cluster}): the Kafka broker in a JVM of its own,
 * PostgreSQL and the authorization server in this JVM, and every service instance in a JVM of its own:
 * two of each write side (each keeps the aggregates of its partitions and forwards reads of the others' to
 * them) and one projection-service. Any of these processes can be killed and restarted, as a crash would.
 *
 * <p>{@linkplain #startWithFaultLinks With fault links}, the services reach the broker, and
 * projection-service reaches PostgreSQL, through a {@link TcpProxy} each, which the chaos program makes
 * misbehave.
 */
public final class LocalCluster implements AutoCloseable {

  /** Instances of each write-side service. */
  static final int WRITE_SIDE_INSTANCES = 2;
  /** The second instance of a service listens this far above the first (on fixed ports; on free ports, anywhere free). */
  static final int SECOND_INSTANCE_OFFSET = 100;

  private final BrokerProcess broker;
  private final TcpProxy kafkaLink;
  private LocalSystem infrastructure;
  private TcpProxy postgresLink;
  private final List<ServiceProcess> instances = new ArrayList<>();

  private LocalCluster(BrokerProcess broker, TcpProxy kafkaLink) {
    this.broker = broker;
    this.kafkaLink = kafkaLink;
  }

  public static LocalCluster start(LocalSettings requested) throws Exception {
    return start(requested, false, WRITE_SIDE_INSTANCES);
  }

  /** The same with {@code writeSideInstances} of each write-side service (one: each service in one JVM of its own). */
  public static LocalCluster start(LocalSettings requested, int writeSideInstances) throws Exception {
    return start(requested, false, writeSideInstances);
  }

  /** A cluster whose links to the broker and PostgreSQL go through proxies ({@link #kafkaLink()}, {@link #postgresLink()}). */
  public static LocalCluster startWithFaultLinks(LocalSettings requested) throws Exception {
    return start(requested, true, WRITE_SIDE_INSTANCES);
  }

  private static LocalCluster start(LocalSettings requested, boolean faultLinks, int writeSideInstances) throws Exception {
    LocalSettings settings = withConcretePorts(requested);
    int brokerPort = faultLinks ? Ports.free() : settings.kafkaPort();
    TcpProxy kafkaLink = faultLinks ? new TcpProxy(settings.kafkaPort(), brokerPort) : null;
    BrokerProcess broker = new BrokerProcess(settings.dataDir().resolve("kafka"), brokerPort, settings.kafkaControllerPort(),
        settings.kafkaPort(), LocalSystem.kafkaAdminPassword(settings), logOf(settings, "kafka-broker"));
    LocalCluster cluster = new LocalCluster(broker, kafkaLink);
    try {
      broker.start();
      if (!broker.awaitReady(Duration.ofMinutes(2))) {
        throw new IllegalStateException("the Kafka broker did not get ready; see " + broker.log());
      }
      cluster.infrastructure = LocalSystem.startInfrastructure(settings, broker.bootstrapServers());
      ServiceLaunches launches = cluster.infrastructure.launches();
      if (faultLinks) {
        cluster.postgresLink = new TcpProxy(0, cluster.infrastructure.postgresPort());
        launches = launches.withPostgres("jdbc:postgresql://localhost:" + cluster.postgresLink.port() + "/"
            + EmbeddedPostgres.DATABASE);
      }
      for (Service service : Service.values()) {
        int first = settings.servicePort(service);
        int count = service == Service.PROJECTION ? 1 : writeSideInstances;
        for (int i = 1; i <= count; i++) {
          int port = i == 1 ? first : requested.servicePort(service) == 0 ? Ports.free() : first + SECOND_INSTANCE_OFFSET;
          cluster.instances.add(instance(settings, launches, service, i, port));
        }
      }
      for (ServiceProcess instance : cluster.instances) {
        instance.start();
      }
      for (ServiceProcess instance : cluster.instances) {
        if (!instance.awaitReady(Duration.ofMinutes(3))) {
          throw new IllegalStateException(instance.name() + (instance.alive() ? " did not get ready in time" : " died")
              + "; see " + instance.log() + ", which ends:\n" + LogTail.of(instance.log(), 40));
        }
      }
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private static ServiceProcess instance(LocalSettings settings, ServiceLaunches launches, Service service, int number,
      int port) {
    String name = service.serviceName + "-" + number;
    List<String> args = launches.args(service, port,
        "--spring.kafka.streams.state-dir=" + settings.dataDir().resolve("streams").resolve(name),
        "--spring.kafka.streams.properties.application.server=localhost:" + port);
    return new ServiceProcess(name, service, port, args, logOf(settings, name));
  }

  private static java.nio.file.Path logOf(LocalSettings settings, String name) {
    return settings.dataDir().resolve("cluster-logs").resolve(name + ".log");
  }

  /**
   * Ports asked as 0 become free ones now: the authorization server must know user-service's first, and
   * a restarted broker must come back where its clients look for it.
   */
  private static LocalSettings withConcretePorts(LocalSettings s) {
    return new LocalSettings(s.dataDir(), concrete(s.kafkaPort()), concrete(s.kafkaControllerPort()), s.postgresPort(),
        concrete(s.userServicePort()), concrete(s.requestServicePort()), concrete(s.paymentServicePort()),
        concrete(s.projectionServicePort()), concrete(s.authServerPort()), s.bindAddress(), s.kafkaAcls());
  }

  private static int concrete(int port) {
    return port == 0 ? Ports.free() : port;
  }

  public LocalSystem infrastructure() {
    return infrastructure;
  }

  public BrokerProcess broker() {
    return broker;
  }

  /** The services' link to the broker, when started {@linkplain #startWithFaultLinks with fault links}. */
  public TcpProxy kafkaLink() {
    return kafkaLink;
  }

  /** projection-service's link to PostgreSQL, when started {@linkplain #startWithFaultLinks with fault links}. */
  public TcpProxy postgresLink() {
    return postgresLink;
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
    if (infrastructure != null) {
      infrastructure.close();
    }
    broker.stop();
    for (TcpProxy link : java.util.Arrays.asList(kafkaLink, postgresLink)) {
      if (link != null) {
        link.close();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    UntilStopped.run("local cluster", LocalCluster::start, (settings, cluster) -> cluster.banner());
  }

  private String banner() {
    StringBuilder banner = new StringBuilder("\n================================================================\n"
        + " eventdesign cluster is running (Ctrl+C stops everything)\n"
        + "----------------------------------------------------------------\n");
    for (ManagedProcess process : java.util.stream.Stream.concat(java.util.stream.Stream.of(broker), instances.stream()).toList()) {
      String address = process instanceof ServiceProcess instance ? "http://localhost:" + instance.port() : broker.bootstrapServers();
      banner.append(String.format(" %-22s %-22s pid %d  log %s%n", process.name(), address, process.pid(), process.log()));
    }
    banner.append(String.format(" %-22s %s%n %-22s %s%n", "auth server", infrastructure.issuer(),
        "PostgreSQL", infrastructure.postgresJdbcUrl()));
    return banner.append("================================================================\n").toString();
  }
}

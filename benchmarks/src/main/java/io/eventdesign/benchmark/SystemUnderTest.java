package io.eventdesign.benchmark;

import io.eventdesign.local.LocalCluster;
import io.eventdesign.local.LocalSettings;
import io.eventdesign.local.LocalSystem;
import io.eventdesign.local.ManagedProcess;
import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.ServiceProcess;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The system the benchmark loads, in one of two shapes: {@code one-jvm} (the broker and every service in
 * the benchmark's JVM, as {@code ./run-local} runs them) or {@code processes} (the production shape: the
 * broker and each service in a JVM of its own, one instance each; PostgreSQL and the authorization server
 * stay with the benchmark). Either way {@code infrastructure} holds PostgreSQL and the authorization server.
 *
 * @param processes the system's JVMs other than the benchmark's, by name, with their process ids (none in one JVM)
 * @param projectionMemory what the projections' memory is measured as: the one JVM's used heap, or
 *     projection-service's resident memory
 */
record SystemUnderTest(String shape, LocalSystem infrastructure, int userServicePort, int requestServicePort,
    int paymentServicePort, int projectionServicePort, Map<String, Long> processes, Memory projectionMemory,
    AutoCloseable whole) implements AutoCloseable {

  static final String ONE_JVM = "one-jvm";
  static final String PROCESSES = "processes";

  /** A memory reading and the name its largest value is reported under. */
  record Memory(String maxName, LongSupplier bytes) {}

  static SystemUnderTest start(String shape, LocalSettings settings) throws Exception {
    return switch (shape) {
      case ONE_JVM -> oneJvm(LocalSystem.start(settings));
      case PROCESSES -> processes(LocalCluster.start(settings, 1));
      default -> throw new IllegalArgumentException("--shape is " + ONE_JVM + " or " + PROCESSES + ", not " + shape);
    };
  }

  private static SystemUnderTest oneJvm(LocalSystem system) {
    return new SystemUnderTest(ONE_JVM, system, system.userServicePort(), system.requestServicePort(),
        system.paymentServicePort(), system.projectionServicePort(), Map.of(),
        new Memory("maxHeapMiB", () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()), system);
  }

  private static SystemUnderTest processes(LocalCluster cluster) {
    Map<String, Long> processes = new LinkedHashMap<>();
    processes.put(cluster.broker().name(), cluster.broker().pid());
    for (ManagedProcess instance : cluster.instances()) {
      processes.put(instance.name(), instance.pid());
    }
    ServiceProcess projection = instanceOf(cluster, Service.PROJECTION);
    return new SystemUnderTest(PROCESSES, cluster.infrastructure(), instanceOf(cluster, Service.USER).port(),
        instanceOf(cluster, Service.REQUEST).port(), instanceOf(cluster, Service.PAYMENT).port(), projection.port(),
        processes, new Memory("maxProjectionResidentMiB", projection::residentBytes), cluster);
  }

  private static ServiceProcess instanceOf(LocalCluster cluster, Service service) {
    return cluster.instances().stream().filter(instance -> instance.service() == service).findFirst().orElseThrow();
  }

  @Override
  public void close() throws Exception {
    whole.close();
  }
}

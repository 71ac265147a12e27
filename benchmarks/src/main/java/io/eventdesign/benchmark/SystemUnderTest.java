package io.eventdesign.benchmark;

import io.eventdesign.local.LocalCluster;
import io.eventdesign.local.LocalSettings;
import io.eventdesign.local.LocalSystem;
import io.eventdesign.local.ManagedProcess;
import io.eventdesign.local.ServiceLaunches.Service;
import io.eventdesign.local.ServiceProcess;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system the benchmark loads, in one of two shapes: {@code one-jvm} (the broker and every service in
 * the benchmark's JVM, as {@code ./run-local} runs them) or {@code processes} (the production shape: the
 * broker and each service in a JVM of its own, one instance each; PostgreSQL and the authorization server
 * stay with the benchmark). Either way {@link #infrastructure()} holds PostgreSQL and the authorization server.
 */
sealed interface SystemUnderTest extends AutoCloseable {

  String ONE_JVM = "one-jvm";
  String PROCESSES = "processes";

  static SystemUnderTest start(String shape, LocalSettings settings) throws Exception {
    return switch (shape) {
      case ONE_JVM -> new OneJvm(LocalSystem.start(settings));
      case PROCESSES -> new Processes(LocalCluster.start(settings, 1));
      default -> throw new IllegalArgumentException("--shape is " + ONE_JVM + " or " + PROCESSES + ", not " + shape);
    };
  }

  String shape();

  LocalSystem infrastructure();

  int userServicePort();

  int requestServicePort();

  int paymentServicePort();

  int projectionServicePort();

  /** The system's JVMs other than the benchmark's, by name, with their process ids (none in one JVM). */
  Map<String, Long> processes();

  /** Memory the projections use now: the one JVM's used heap, or projection-service's resident memory. */
  long projectionMemoryBytes();

  record OneJvm(LocalSystem infrastructure) implements SystemUnderTest {

    @Override
    public String shape() {
      return ONE_JVM;
    }

    @Override
    public int userServicePort() {
      return infrastructure.userServicePort();
    }

    @Override
    public int requestServicePort() {
      return infrastructure.requestServicePort();
    }

    @Override
    public int paymentServicePort() {
      return infrastructure.paymentServicePort();
    }

    @Override
    public int projectionServicePort() {
      return infrastructure.projectionServicePort();
    }

    @Override
    public Map<String, Long> processes() {
      return Map.of();
    }

    @Override
    public long projectionMemoryBytes() {
      return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
      infrastructure.close();
    }
  }

  record Processes(LocalCluster cluster) implements SystemUnderTest {

    @Override
    public String shape() {
      return PROCESSES;
    }

    @Override
    public LocalSystem infrastructure() {
      return cluster.infrastructure();
    }

    @Override
    public int userServicePort() {
      return instanceOf(Service.USER).port();
    }

    @Override
    public int requestServicePort() {
      return instanceOf(Service.REQUEST).port();
    }

    @Override
    public int paymentServicePort() {
      return instanceOf(Service.PAYMENT).port();
    }

    @Override
    public int projectionServicePort() {
      return instanceOf(Service.PROJECTION).port();
    }

    @Override
    public Map<String, Long> processes() {
      Map<String, Long> processes = new LinkedHashMap<>();
      processes.put(cluster.broker().name(), cluster.broker().pid());
      for (ManagedProcess instance : cluster.instances()) {
        processes.put(instance.name(), instance.pid());
      }
      return processes;
    }

    @Override
    public long projectionMemoryBytes() {
      return instanceOf(Service.PROJECTION).residentBytes();
    }

    private ServiceProcess instanceOf(Service service) {
      return cluster.instances().stream().filter(instance -> instance.service() == service).findFirst().orElseThrow();
    }

    @Override
    public void close() throws Exception {
      cluster.close();
    }
  }
}

package io.eventdesign.local;

import io.eventdesign.infra.EmbeddedKafka;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka broker in a JVM of its own (the cluster's shape: it can be killed and restarted while the
 * services run), on a fixed port and data directory so a restart finds its log again. With an admin
 * password (given in the environment, never on the command line) it enforces ACLs.
 */
public final class BrokerProcess implements ManagedProcess {

  /** The broker's heap (its memory limit is twice that). */
  private static final int HEAP_MEBIBYTES = 512;
  private static final String ADMIN_PASSWORD = "EVENTDESIGN_KAFKA_ADMIN_PASSWORD";

  private final JavaProcess process;
  private final String bootstrapServers;
  private final Map<String, String> clientSettings;

  /**
   * @param advertisedPort where clients reach it (a proxy's port, or {@code port} itself)
   * @param adminPassword the super user's password when it enforces ACLs, else null
   */
  BrokerProcess(Path dataDir, int port, int controllerPort, int advertisedPort, String adminPassword, Path log) {
    this.bootstrapServers = "localhost:" + advertisedPort;
    this.clientSettings = adminPassword == null ? Map.of() : EmbeddedKafka.clientSettings(EmbeddedKafka.ADMIN, adminPassword);
    this.process = new JavaProcess("kafka-broker", BrokerProcess.class.getName(), HEAP_MEBIBYTES,
        List.of(dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort), Integer.toString(advertisedPort)),
        log);
    if (adminPassword != null) {
      process.environment().put(ADMIN_PASSWORD, adminPassword);
    }
  }

  @Override
  public JavaProcess process() {
    return process;
  }

  /** Ready when it answers an admin client's description of the cluster. */
  @Override
  public boolean ready() {
    Map<String, Object> config = new HashMap<>(clientSettings);
    config.put("bootstrap.servers", bootstrapServers);
    config.put("request.timeout.ms", 2000);
    config.put("default.api.timeout.ms", 3000);
    try (Admin admin = Admin.create(config)) {
      return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      return false;
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Runs the broker until this process is stopped: data directory, port, controller port, advertised port. */
  public static void main(String[] args) throws Exception {
    EmbeddedKafka kafka = EmbeddedKafka.startAdvertising(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
        Integer.parseInt(args[3]), System.getenv(ADMIN_PASSWORD));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      kafka.close();
      stopped.countDown();
    }));
    stopped.await();
  }
}

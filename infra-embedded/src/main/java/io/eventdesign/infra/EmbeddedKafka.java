package io.eventdesign.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka cluster (combined broker + KRaft controller) running in this JVM, from
 * Kafka's own server classes. Its log directory is formatted once and reused, so data survives a
 * restart when the same directory is given again.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final int port;

  private EmbeddedKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * @param dataDir where the cluster keeps its log (created and formatted if new)
   * @param port client port, or 0 for a free one
   * @param controllerPort KRaft controller port, or 0 for a free one
   */
  public static EmbeddedKafka start(Path dataDir, int port, int controllerPort) throws Exception {
    int clientPort = port == 0 ? Ports.free() : port;
    int quorumPort = controllerPort == 0 ? Ports.free() : controllerPort;
    Ports.requireFree(clientPort, "Kafka");
    Ports.requireFree(quorumPort, "Kafka controller");
    Path logDir = dataDir.resolve("kraft-combined-logs");
    Files.createDirectories(logDir);
    Properties config = config(logDir, clientPort, quorumPort);
    format(logDir);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    log.info("Kafka broker listening on localhost:{} (data in {})", clientPort, logDir);
    return new EmbeddedKafka(server, clientPort);
  }

  private static Properties config(Path logDir, int clientPort, int quorumPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@localhost:" + quorumPort);
    p.put("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + quorumPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
    return p;
  }

  private static void format(Path logDir) throws Exception {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    new Formatter()
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .addDirectory(logDir.toString())
        .setMetadataLogDirectory(logDir.toString())
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
        .setControllerListenerName("CONTROLLER")
        .setIgnoreFormatted(true)
        .setPrintStream(System.out)
        .run();
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  /** For the launcher's banner and tests that need several listeners later. */
  public List<String> listeners() {
    return List.of("PLAINTEXT://" + bootstrapServers());
  }
}

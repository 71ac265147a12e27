package io.eventdesign.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Started {@linkplain #startWithAcls with ACLs}, it is the production shape in small: clients
 * authenticate with SCRAM-SHA-512 and every request is authorized by ACLs (Kafka's StandardAuthorizer),
 * with one super user, {@value #ADMIN}, whose credentials are written when the directory is formatted.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int NODE_ID = 1;
  /** The super user of a broker started with ACLs. */
  public static final String ADMIN = "admin";
  private static final String SCRAM = "SCRAM-SHA-512";

  private final KafkaRaftServer server;
  private final int port;
  private final boolean acls;

  private EmbeddedKafka(KafkaRaftServer server, int port, boolean acls) {
    this.server = server;
    this.port = port;
    this.acls = acls;
  }

  /**
   * @param dataDir where the cluster keeps its log (created and formatted if new)
   * @param port client port, or 0 for a free one
   * @param controllerPort KRaft controller port, or 0 for a free one
   */
  public static EmbeddedKafka start(Path dataDir, int port, int controllerPort) throws Exception {
    return start(dataDir, port, controllerPort, 0, null);
  }

  /**
   * Like {@link #start(Path, int, int)} or {@link #startWithAcls} ({@code adminPassword} not null), telling
   * clients to connect to {@code advertisedPort} instead of {@code port}: a proxy there forwards to the
   * broker (the chaos program's network faults sit in between).
   */
  public static EmbeddedKafka startAdvertising(Path dataDir, int port, int controllerPort, int advertisedPort,
      String adminPassword) throws Exception {
    return start(dataDir, port, controllerPort, advertisedPort, adminPassword);
  }

  /**
   * Like {@link #start(Path, int, int)}, with SASL/SCRAM-SHA-512 on the client listener and ACLs deciding
   * every request. {@code adminPassword} is {@value #ADMIN}'s, set when the directory is first formatted
   * (so it must stay the same for a directory); letters, digits, {@code -} and {@code _} only.
   */
  public static EmbeddedKafka startWithAcls(Path dataDir, int port, int controllerPort, String adminPassword)
      throws Exception {
    return start(dataDir, port, controllerPort, 0, adminPassword);
  }

  private static EmbeddedKafka start(Path dataDir, int port, int controllerPort, int advertisedPort, String adminPassword)
      throws Exception {
    if (adminPassword != null && !adminPassword.matches("[A-Za-z0-9_-]{12,}")) {
      throw new IllegalArgumentException("the Kafka admin password must be 12 or more letters, digits, - or _");
    }
    int clientPort = port == 0 ? Ports.free() : port;
    int quorumPort = controllerPort == 0 ? Ports.free() : controllerPort;
    Ports.requireFree(clientPort, "Kafka");
    Ports.requireFree(quorumPort, "Kafka controller");
    Path logDir = dataDir.resolve("kraft-combined-logs");
    Files.createDirectories(logDir);
    int advertised = advertisedPort == 0 ? clientPort : advertisedPort;
    Properties config = config(logDir, clientPort, quorumPort, advertised);
    Path aclMarker = logDir.resolve("formatted-with-acls");
    if (adminPassword != null && Files.exists(logDir.resolve("meta.properties")) && !Files.exists(aclMarker)) {
      throw new IllegalArgumentException("the Kafka data in " + logDir + " was created without ACLs, so it has no "
          + ADMIN + " user; start with ACLs on a new data directory");
    }
    if (adminPassword != null) {
      config.putAll(aclConfig(clientPort, quorumPort, advertised, adminPassword));
    }
    if (format(logDir, adminPassword) && adminPassword != null) {
      Files.createFile(aclMarker);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    server.startup();
    log.info("Kafka broker listening on localhost:{}{}{} (data in {})", clientPort,
        advertised == clientPort ? "" : ", reached through localhost:" + advertised,
        adminPassword == null ? "" : ", SASL/" + SCRAM + " with ACLs", logDir);
    return new EmbeddedKafka(server, advertised, adminPassword != null);
  }

  /**
   * The client listener takes SCRAM only, and the broker talks to itself over it as {@value #ADMIN}. The
   * controller listener (KRaft's own, on loopback) stays plaintext: SCRAM credentials live in the metadata
   * the controller serves, so it cannot require them; its anonymous principal is a super user for that.
   */
  private static Map<String, String> aclConfig(int clientPort, int quorumPort, int advertisedPort, String adminPassword) {
    return Map.of(
        "listeners", "SASL_PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + quorumPort,
        "advertised.listeners", "SASL_PLAINTEXT://localhost:" + advertisedPort,
        "listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
        "inter.broker.listener.name", "SASL_PLAINTEXT",
        "sasl.enabled.mechanisms", SCRAM,
        "sasl.mechanism.inter.broker.protocol", SCRAM,
        "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", jaasConfig(ADMIN, adminPassword),
        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "super.users", "User:" + ADMIN + ";User:ANONYMOUS",
        "allow.everyone.if.no.acl.found", "false");
  }

  /** The client settings to connect as {@code user} to a broker started with ACLs. */
  public static Map<String, String> clientSettings(String user, String password) {
    return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM,
        "sasl.jaas.config", jaasConfig(user, password));
  }

  private static String jaasConfig(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  /** Whether this broker authenticates clients and decides every request by ACLs. */
  public boolean enforcesAcls() {
    return acls;
  }

  private static Properties config(Path logDir, int clientPort, int quorumPort, int advertisedPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", Integer.toString(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@localhost:" + quorumPort);
    p.put("listeners", "PLAINTEXT://localhost:" + clientPort + ",CONTROLLER://localhost:" + quorumPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + advertisedPort);
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
    // a crashed producer's open transaction is aborted soon after its timeout (checked every 10 s by default)
    p.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
    // A transaction's first write to a partition waits until the producer's previous transaction has its
    // markers written (transaction version 2 checks at the partition). The broker retries that check every
    // 20 ms for at most 100 ms by default, then answers CONCURRENT_TRANSACTIONS and the producer backs off
    // another 100 ms: with transactions committed every 10 ms, a hop waited 20 ms and more, and under load
    // the warnings flooded the log. Retry every 2 ms, for up to a second (docs/decisions/0021).
    p.put("add.partitions.to.txn.retry.backoff.ms", "2");
    p.put("add.partitions.to.txn.retry.backoff.max.ms", "1000");
    // any broker setting can be tried without a rebuild: -Deventdesign.kafka.broker.<setting>=<value>
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(BROKER_SETTING))
        .forEach(name -> p.put(name.substring(BROKER_SETTING.length()), System.getProperty(name)));
    return p;
  }

  /** The prefix of system properties passed to the broker as its settings. */
  public static final String BROKER_SETTING = "eventdesign.kafka.broker.";

  /** Formats a new log directory; false when it was formatted before. */
  private static boolean format(Path logDir, String adminPassword) throws Exception {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return false;
    }
    Formatter formatter = new Formatter();
    if (adminPassword != null) {
      formatter.setScramArguments(List.of(SCRAM + "=[name=" + ADMIN + ",password=" + adminPassword + "]"));
    }
    formatter
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
    return true;
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
    return List.of((acls ? "SASL_PLAINTEXT://" : "PLAINTEXT://") + bootstrapServers());
  }
}

package io.eventdesign.local;

import io.eventdesign.auth.AuthServerApplication;
import io.eventdesign.infra.EmbeddedKafka;
import io.eventdesign.infra.EmbeddedPostgres;
import io.eventdesign.infra.Ports;
import io.eventdesign.local.ServiceLaunches.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system in this JVM: Kafka, PostgreSQL, the authorization server and every service, stopped
 * in reverse order.
 */
public final class LocalSystem implements AutoCloseable {

  /** The PostgreSQL schema of the authorization server's accounts (apart from the read models). */
  static final String AUTH_SCHEMA = "auth";

  /** The broker in this JVM, or null when it runs in a process of its own. */
  private final EmbeddedKafka kafka;
  private final String kafkaBootstrapServers;
  private final java.nio.file.Path postgresDir;
  private EmbeddedPostgres postgres;
  private final List<ConfigurableApplicationContext> services = new ArrayList<>();
  private final String webhookSecret;
  private final LocalAccounts accounts;
  private ConfigurableApplicationContext authServer;
  private ServiceLaunches launches;
  /** The broker's super user's password when it enforces ACLs, else null. */
  private final String kafkaAdminPassword;

  private LocalSystem(EmbeddedKafka kafka, String kafkaBootstrapServers, java.nio.file.Path postgresDir,
      EmbeddedPostgres postgres, String webhookSecret, LocalAccounts accounts, String kafkaAdminPassword) {
    this.kafkaAdminPassword = kafkaAdminPassword;
    this.kafka = kafka;
    this.kafkaBootstrapServers = kafkaBootstrapServers;
    this.postgresDir = postgresDir;
    this.postgres = postgres;
    this.webhookSecret = webhookSecret;
    this.accounts = accounts;
  }

  public static LocalSystem start(LocalSettings settings) throws Exception {
    String kafkaAdminPassword = kafkaAdminPassword(settings);
    EmbeddedKafka kafka = settings.kafkaAcls()
        ? EmbeddedKafka.startWithAcls(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
            settings.kafkaControllerPort(), kafkaAdminPassword)
        : EmbeddedKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
    return start(settings, kafka, kafka.bootstrapServers(), true);
  }

  /**
   * PostgreSQL and the authorization server only, for a broker that runs in a process of its own (with
   * ACLs when {@code settings} asks, its admin password {@link #kafkaAdminPassword}); the services run
   * elsewhere too ({@link LocalCluster} starts them as processes of their own with {@link #launches()}).
   */
  static LocalSystem startInfrastructure(LocalSettings settings, String kafkaBootstrapServers) throws Exception {
    return start(settings, null, kafkaBootstrapServers, false);
  }

  /** The broker's super user's password of this data directory when ACLs are on, else null. */
  static String kafkaAdminPassword(LocalSettings settings) throws java.io.IOException {
    return settings.kafkaAcls() ? LocalSecrets.password(settings.dataDir(), LocalSecrets.KAFKA_ADMIN_PASSWORD) : null;
  }

  private static LocalSystem start(LocalSettings settings, EmbeddedKafka kafka, String kafkaBootstrapServers,
      boolean withServices) throws Exception {
    String webhookSecret = LocalSecrets.webhookSecret(settings.dataDir());
    LocalAccounts accounts = LocalAccounts.forDataDir(settings.dataDir());
    String kafkaAdminPassword = kafkaAdminPassword(settings);
    java.nio.file.Path postgresDir = settings.dataDir().resolve("postgres");
    EmbeddedPostgres postgres;
    try {
      postgres = EmbeddedPostgres.start(postgresDir, settings.postgresPort());
      postgres.execute(DatabaseRoles.script());
    } catch (Exception e) {
      if (kafka != null) {
        kafka.close();
      }
      throw e;
    }
    LocalSystem system = new LocalSystem(kafka, kafkaBootstrapServers, postgresDir, postgres, webhookSecret, accounts,
        kafkaAdminPassword);
    try {
      LocalKafkaUsers kafkaUsers = settings.kafkaAcls() ? LocalKafkaUsers.provision(kafkaBootstrapServers, kafkaAdminPassword)
          : null;
      String bindArg = "--server.address=" + settings.bindAddress();
      // the issuer's URL is in every token, so its port is fixed before it starts
      int authPort = settings.authServerPort() == 0 ? Ports.free() : settings.authServerPort();
      int userPort = settings.userServicePort() == 0 ? Ports.free() : settings.userServicePort();
      // the console (on projection-service) exchanges its code at the issuer from its own origin
      int projectionPort = settings.projectionServicePort() == 0 ? Ports.free() : settings.projectionServicePort();
      system.authServer = AuthServerApplication.run(accounts.authServerArgs(
          "--server.port=" + authPort, bindArg, "--eventdesign.data-dir=" + settings.dataDir(),
          "--eventdesign.auth.issuer=http://localhost:" + authPort,
          "--eventdesign.auth.user-service-url=http://localhost:" + userPort,
          "--eventdesign.auth.console-origins=" + consoleOrigin(projectionPort),
          "--spring.datasource.url=" + postgres.jdbcUrl() + "?currentSchema=" + AUTH_SCHEMA,
          "--spring.datasource.username=" + DatabaseRoles.AUTH_SERVER, "--spring.flyway.user=" + DatabaseRoles.OWNER));
      system.launches = new ServiceLaunches(kafkaUsers, kafkaBootstrapServers, settings.dataDir(),
          settings.bindAddress(), "http://localhost:" + authPort, webhookSecret, postgres.jdbcUrl());
      if (withServices) {
        for (Service service : Service.values()) {
          int port = switch (service) {
            case USER -> userPort;
            case PROJECTION -> projectionPort;
            default -> settings.servicePort(service);
          };
          // the console's overview shows the services started before it
          String[] extra = service != Service.PROJECTION ? new String[0] : java.util.stream.IntStream
              .range(0, system.services.size())
              .mapToObj(i -> ServiceLaunches.consoleService(i, Service.values()[i], port(system.services.get(i))))
              .flatMap(List::stream).toArray(String[]::new);
          system.services.add(system.launches.run(service, port, extra));
        }
      }
    } catch (RuntimeException e) {
      system.close();
      throw e;
    }
    return system;
  }

  /** How the services start, here or in processes of their own. */
  ServiceLaunches launches() {
    return launches;
  }

  /** The authorization server's accounts of this data directory: the seeded staff and admin. */
  public LocalAccounts accounts() {
    return accounts;
  }

  /** The issuer of every token the services accept: the local authorization server. */
  public String issuer() {
    return "http://localhost:" + authServerPort();
  }

  public int authServerPort() {
    return port(authServer);
  }

  public ConfigurableApplicationContext authServerContext() {
    return authServer;
  }

  /** The services' application contexts: user-, request-, payment- and projection-service, in that order. */
  public List<ConfigurableApplicationContext> serviceContexts() {
    return List.copyOf(services);
  }

  public String kafkaBootstrapServers() {
    return kafkaBootstrapServers;
  }

  /**
   * What a client of tools and tests needs to connect besides the bootstrap servers: nothing on the
   * default plaintext broker, the super user's SASL settings on a broker that enforces ACLs.
   */
  public Map<String, String> kafkaAdminSettings() {
    return kafkaAdminPassword == null ? Map.of() : EmbeddedKafka.clientSettings(EmbeddedKafka.ADMIN, kafkaAdminPassword);
  }

  /** The payment provider's webhook signing secret of this data directory. */
  public String webhookSecret() {
    return webhookSecret;
  }

  public String postgresJdbcUrl() {
    return postgres.jdbcUrl();
  }

  public int postgresPort() {
    return postgres.port();
  }

  /** Stops PostgreSQL (a fast shutdown: connections are closed, nothing committed is lost). */
  public void stopPostgres() throws java.io.IOException {
    postgres.close();
  }

  /** Starts PostgreSQL again on its data directory and port. */
  public void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.start(postgresDir, postgres.port());
  }

  public int userServicePort() {
    return port(services.get(0));
  }

  public int requestServicePort() {
    return port(services.get(1));
  }

  public int paymentServicePort() {
    return port(services.get(2));
  }

  /** The staff console of this run (on projection-service; a loopback address, as its login requires). */
  public String consoleUrl() {
    return consoleOrigin(projectionServicePort()) + "/console/";
  }

  private static String consoleOrigin(int projectionPort) {
    return "http://127.0.0.1:" + projectionPort;
  }

  public int projectionServicePort() {
    return port(services.get(3));
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  @Override
  public void close() throws Exception {
    for (int i = services.size() - 1; i >= 0; i--) {
      services.get(i).close();
    }
    services.clear();
    if (authServer != null) {
      authServer.close();
    }
    postgres.close();
    if (kafka != null) {
      kafka.close();
    }
  }
}

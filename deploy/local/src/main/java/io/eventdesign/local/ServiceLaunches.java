package io.eventdesign.local;

import io.eventdesign.payment.PaymentServiceApplication;
import io.eventdesign.projection.ProjectionServiceApplication;
import io.eventdesign.request.RequestServiceApplication;
import io.eventdesign.user.UserServiceApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How each service of the local run starts: its main class and its arguments, the same whether it runs
 * in the launcher's JVM ({@link LocalSystem}) or in a process of its own ({@link LocalCluster}).
 */
public final class ServiceLaunches {

  /** The four services, in start order. */
  public enum Service {
    USER("user-service", UserServiceApplication.class, UserServiceApplication::run),
    REQUEST("request-service", RequestServiceApplication.class, RequestServiceApplication::run),
    PAYMENT("payment-service", PaymentServiceApplication.class, PaymentServiceApplication::run),
    PROJECTION("projection-service", ProjectionServiceApplication.class, ProjectionServiceApplication::run);

    public final String serviceName;
    final Class<?> mainClass;
    private final Function<String[], ConfigurableApplicationContext> run;

    Service(String serviceName, Class<?> mainClass, Function<String[], ConfigurableApplicationContext> run) {
      this.serviceName = serviceName;
      this.mainClass = mainClass;
      this.run = run;
    }
  }

  private final LocalKafkaUsers kafkaUsers;
  private final List<String> common;
  private final String webhookSecret;
  private final String postgresJdbcUrl;

  ServiceLaunches(LocalKafkaUsers kafkaUsers, String bootstrapServers, Path dataDir, String bindAddress, String issuer,
      String webhookSecret, String postgresJdbcUrl) {
    this(kafkaUsers, List.of("--spring.kafka.bootstrap-servers=" + bootstrapServers, "--eventdesign.data-dir=" + dataDir,
        "--server.address=" + bindAddress, "--eventdesign.security.issuer-uri=" + issuer), webhookSecret, postgresJdbcUrl);
  }

  private ServiceLaunches(LocalKafkaUsers kafkaUsers, List<String> common, String webhookSecret, String postgresJdbcUrl) {
    this.kafkaUsers = kafkaUsers;
    this.common = common;
    this.webhookSecret = webhookSecret;
    this.postgresJdbcUrl = postgresJdbcUrl;
  }

  /** The same launches with projection-service reaching PostgreSQL at {@code jdbcUrl} (through a proxy, say). */
  ServiceLaunches withPostgres(String jdbcUrl) {
    return new ServiceLaunches(kafkaUsers, common, webhookSecret, jdbcUrl);
  }

  /** The arguments of {@code service} on {@code port}: everyone's, its Kafka user's (with ACLs), its own, then {@code extra}. */
  List<String> args(Service service, int port, String... extra) {
    List<String> args = new ArrayList<>(common);
    if (kafkaUsers != null) {
      args.addAll(kafkaUsers.serviceArgs(service.serviceName));
    }
    args.add("--server.port=" + port);
    switch (service) {
      case PAYMENT -> args.add("--eventdesign.payments.webhook-secret=" + webhookSecret);
      case PROJECTION -> args.addAll(List.of("--spring.datasource.url=" + postgresJdbcUrl,
          "--spring.datasource.username=" + DatabaseRoles.PROJECTION_SERVICE, "--spring.flyway.user=" + DatabaseRoles.OWNER));
      default -> { }
    }
    args.addAll(List.of(extra));
    return args;
  }

  /** Runs {@code service} in this JVM, with {@code extra} arguments last. */
  ConfigurableApplicationContext run(Service service, int port, String... extra) {
    return service.run.apply(args(service, port, extra).toArray(String[]::new));
  }

  /** The arguments that tell projection-service's console where {@code service} answers, as the {@code index}th. */
  static List<String> consoleService(int index, Service service, int port) {
    String prefix = "--eventdesign.console.services[" + index + "].";
    return List.of(prefix + "name=" + service.serviceName, prefix + "url=http://localhost:" + port);
  }
}

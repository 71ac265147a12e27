package io.eventdesign.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local system lives. Each value can be set as an environment variable or a system
 * property (-Dname=value); the defaults are the documented local ports, and the services listen on the
 * loopback interface only (Kafka and PostgreSQL always do). With {@code EVENTDESIGN_KAFKA_ACLS=true} the
 * broker is the production shape: SCRAM authentication, and each service allowed by ACLs exactly what it does.
 */
public record LocalSettings(
    Path dataDir,
    int kafkaPort,
    int kafkaControllerPort,
    int postgresPort,
    int userServicePort,
    int requestServicePort,
    int paymentServicePort,
    int projectionServicePort,
    int authServerPort,
    String bindAddress,
    boolean kafkaAcls) {

  /** Every listener on this machine only, unless {@code EVENTDESIGN_BIND_ADDRESS} says otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The port {@code service} (its first instance) listens on. */
  public int servicePort(ServiceLaunches.Service service) {
    return switch (service) {
      case USER -> userServicePort;
      case REQUEST -> requestServicePort;
      case PAYMENT -> paymentServicePort;
      case PROJECTION -> projectionServicePort;
    };
  }

  /** Everything on free ports, listening on {@link #LOOPBACK} (tests and the benchmark). */
  public static LocalSettings onFreePorts(Path dataDir) {
    return new LocalSettings(dataDir, 0, 0, 0, 0, 0, 0, 0, 0, LOOPBACK, false);
  }

  /** The same, with clients authenticated and authorized by ACLs on the broker. */
  public LocalSettings withKafkaAcls() {
    return new LocalSettings(dataDir, kafkaPort, kafkaControllerPort, postgresPort, userServicePort, requestServicePort,
        paymentServicePort, projectionServicePort, authServerPort, bindAddress, true);
  }

  public static LocalSettings fromEnvironment(Map<String, String> env) {
    return new LocalSettings(
        Path.of(setting(env, "EVENTDESIGN_DATA_DIR", ".dev-data")).toAbsolutePath(),
        port(env, "KAFKA_PORT", 9092),
        port(env, "KAFKA_CONTROLLER_PORT", 9093),
        port(env, "POSTGRES_PORT", 15432),
        port(env, "USER_SERVICE_PORT", 8081),
        port(env, "REQUEST_SERVICE_PORT", 8082),
        port(env, "PAYMENT_SERVICE_PORT", 8083),
        port(env, "PROJECTION_SERVICE_PORT", 8084),
        port(env, "AUTH_SERVER_PORT", 9000),
        setting(env, "EVENTDESIGN_BIND_ADDRESS", LOOPBACK),
        flag(env, "EVENTDESIGN_KAFKA_ACLS"));
  }

  private static boolean flag(Map<String, String> env, String name) {
    String value = setting(env, name, "false").trim();
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = System.getProperty(name, env.get(name));
    return value == null || value.isBlank() ? fallback : value;
  }

  private static int port(Map<String, String> env, String name, int fallback) {
    String value = setting(env, name, Integer.toString(fallback));
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number (0-65535), not '" + value + "'");
    }
  }
}

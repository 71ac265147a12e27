package io.eventdesign.infra.testing;

import io.eventdesign.infra.EmbeddedKafka;
import io.eventdesign.infra.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One Kafka broker and one PostgreSQL per test JVM, on free ports, started on first use and
 * stopped at JVM exit. Test classes isolate themselves with unique application and group ids.
 */
public final class SharedInfrastructure {

  private static EmbeddedKafka kafka;
  private static EmbeddedPostgres postgres;
  private static Path root;

  private SharedInfrastructure() {}

  public static synchronized EmbeddedKafka kafka() {
    if (kafka == null) {
      try {
        kafka = EmbeddedKafka.start(root().resolve("kafka"), 0, 0);
      } catch (Exception e) {
        throw new IllegalStateException("could not start the test Kafka broker", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "test-kafka-shutdown"));
    }
    return kafka;
  }

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start(null, 0);
      } catch (Exception e) {
        throw new IllegalStateException("could not start the test PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is exiting
        }
      }, "test-postgres-shutdown"));
    }
    return postgres;
  }

  /** A fresh directory for one test's Kafka Streams state. */
  public static Path newStateDir(String prefix) {
    try {
      return Files.createTempDirectory(root(), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path root() {
    if (root == null) {
      try {
        root = Files.createTempDirectory("eventdesign-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }
}

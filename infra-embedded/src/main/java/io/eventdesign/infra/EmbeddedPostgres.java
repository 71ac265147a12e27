package io.eventdesign.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server (embedded binaries) with a {@code projections} database. Given a data
 * directory that exists, it reuses it, so data survives a restart; a server a crashed JVM left running on
 * that directory is stopped first ({@link OrphanedPostgres}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
  public static final String DATABASE = "projections";
  public static final String USER = "postgres";

  private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

  private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * @param dataDir the cluster's data directory (initialized if new), or null for a throw-away one
   * @param port the port, or 0 for a free one
   */
  public static EmbeddedPostgres start(Path dataDir, int port) throws IOException, SQLException {
    int chosen = port == 0 ? Ports.free() : port;
    if (dataDir != null) {
      OrphanedPostgres.stopIfRunning(dataDir);
    }
    Ports.requireFree(chosen, "PostgreSQL");
    var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setPort(chosen);
    if (dataDir != null) {
      Files.createDirectories(dataDir);
      builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
    }
    EmbeddedPostgres started = new EmbeddedPostgres(builder.start());
    started.createDatabaseIfMissing();
    log.info("PostgreSQL listening on localhost:{} (database {})", chosen, DATABASE);
    return started;
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
        if (rs.next()) {
          return;
        }
      }
      statement.execute("CREATE DATABASE " + DATABASE);
    }
  }

  /** Runs {@code sql} (one or more statements) as the superuser in the {@value #DATABASE} database. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}

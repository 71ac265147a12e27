package io.eventdesign.projection.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right to rebuild one table, held by one projection-service instance at a time (two rebuilds of a
 * table would share its shadow table): a session-level PostgreSQL advisory lock, on a connection the
 * rebuild keeps until it ends. If the instance dies, PostgreSQL ends the session and the claim with it.
 */
final class RebuildClaim implements AutoCloseable {

  /** The first half of the lock's key; the second is the table name's hash. */
  static final int NAMESPACE = 0x5EED_0002;
  private static final Logger log = LoggerFactory.getLogger(RebuildClaim.class);

  private final Connection connection;
  private final String table;

  private RebuildClaim(Connection connection, String table) {
    this.connection = connection;
    this.table = table;
  }

  /** The claim on {@code table}, or empty when another session holds it. */
  static Optional<RebuildClaim> tryClaim(DataSource dataSource, String table) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (lockCall(connection, "pg_try_advisory_lock", table)) {
          return Optional.of(new RebuildClaim(connection, table));
        }
        connection.close();
        return Optional.empty();
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not claim the rebuild of " + table, e);
    }
  }

  /** Releases the claim and gives the connection back (a pooled connection outlives its session lock otherwise). */
  @Override
  public void close() {
    try (connection) {
      lockCall(connection, "pg_advisory_unlock", table);
    } catch (SQLException e) {
      log.warn("Could not release the rebuild claim on {} ({}); it ends with the database session", table, e.getMessage());
    }
  }

  private static boolean lockCall(Connection connection, String function, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?, hashtext(?))")) {
      statement.setInt(1, NAMESPACE);
      statement.setString(2, table);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}

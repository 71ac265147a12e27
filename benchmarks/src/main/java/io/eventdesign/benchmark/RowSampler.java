package io.eventdesign.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times sampled commands from their acknowledgement until their {@code users} row is visible: one
 * thread, one open connection, one query for every pending sample every {@value #POLL_MILLIS} ms (so
 * the measurement itself costs the system little, and resolves to a few milliseconds).
 */
final class RowSampler implements Runnable {

  private static final long POLL_MILLIS = 2;
  private static final Duration GIVE_UP = Duration.ofSeconds(30);

  private final String jdbcUrl;
  private final Latencies toRow;
  private final Map<String, Long> pending = new ConcurrentHashMap<>();
  private volatile boolean finishing;

  RowSampler(String jdbcUrl, Latencies toRow) {
    this.jdbcUrl = jdbcUrl;
    this.toRow = toRow;
  }

  /** Starts timing {@code userId}, acknowledged at {@code acknowledgedAt} ({@link System#nanoTime()}). */
  void expect(String userId, long acknowledgedAt) {
    pending.put(userId, acknowledgedAt);
  }

  /** Stops once every pending sample is found or given up. */
  void finish() {
    finishing = true;
  }

  @Override
  public void run() {
    Properties login = new Properties();
    login.put("user", "postgres");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, login);
        PreparedStatement query = connection.prepareStatement("SELECT id FROM users WHERE id = ANY(?)")) {
      while (!finishing || !pending.isEmpty()) {
        if (!pending.isEmpty()) {
          poll(connection, query);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the row sampler lost PostgreSQL", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void poll(Connection connection, PreparedStatement query) throws SQLException {
    Set<String> ids = new HashSet<>(pending.keySet());
    query.setArray(1, connection.createArrayOf("text", ids.toArray()));
    long now;
    try (ResultSet found = query.executeQuery()) {
      now = System.nanoTime();
      while (found.next()) {
        Long acknowledgedAt = pending.remove(found.getString(1));
        if (acknowledgedAt != null) {
          toRow.record(now - acknowledgedAt);
        }
      }
    }
    // a sample not found in time is dropped: visible as a lower sample count
    pending.values().removeIf(acknowledgedAt -> now - acknowledgedAt > GIVE_UP.toNanos());
  }
}

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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Times sampled user commands until their {@code users} row is visible at the version they made: one
 * thread, one open connection, one query for every pending sample every {@value #POLL_MILLIS} ms (so
 * the measurement itself costs the system little, and resolves to a few milliseconds).
 */
final class RowSampler implements Runnable {

  private static final long POLL_MILLIS = 2;
  private static final Duration GIVE_UP = Duration.ofSeconds(30);

  private final String jdbcUrl;
  private final Latencies toRow;
  /** A sample: the user's row at {@code version} or later, timed from {@code fromNanos}. */
  private record Expected(long version, long fromNanos) {}

  private final Map<String, Queue<Expected>> pending = new ConcurrentHashMap<>();
  private volatile boolean finishing;

  RowSampler(String jdbcUrl, Latencies toRow) {
    this.jdbcUrl = jdbcUrl;
    this.toRow = toRow;
  }

  /** Starts timing until {@code userId}'s row shows {@code version}, from {@code fromNanos} ({@link System#nanoTime()}). */
  void expect(String userId, long version, long fromNanos) {
    pending.compute(userId, (id, queue) -> {
      Queue<Expected> samples = queue == null ? new ConcurrentLinkedQueue<>() : queue;
      samples.add(new Expected(version, fromNanos));
      return samples;
    });
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
        PreparedStatement query = connection.prepareStatement("SELECT id, version FROM users WHERE id = ANY(?)")) {
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
        long version = found.getLong(2);
        settle(found.getString(1), expected -> expected.version() <= version, expected -> toRow.record(now - expected.fromNanos()));
      }
    }
    // a sample not found in time is dropped: visible as a lower sample count
    for (String id : ids) {
      settle(id, expected -> now - expected.fromNanos() > GIVE_UP.toNanos(), expected -> { });
    }
  }

  /** Removes {@code id}'s samples that {@code done} says are, passing each to {@code then}; forgets an id with none left. */
  private void settle(String id, java.util.function.Predicate<Expected> done, java.util.function.Consumer<Expected> then) {
    pending.computeIfPresent(id, (key, samples) -> {
      samples.removeIf(expected -> {
        if (done.test(expected)) {
          then.accept(expected);
          return true;
        }
        return false;
      });
      return samples.isEmpty() ? null : samples;
    });
  }
}

package io.eventdesign.projection.rebuild;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Connections as the role that owns the read models' tables. A rebuild creates a shadow table, drops the
 * live one and renames the shadow, which only the owner may; the service's own role only reads and writes
 * rows. The owner is the role migrations run as ({@code spring.flyway.user} and {@code password}); where
 * none is set, the service's own connections are the owner's.
 */
public final class TableOwner implements AutoCloseable {

  private final DataSource dataSource;
  private final boolean own;

  private TableOwner(DataSource dataSource, boolean own) {
    this.dataSource = dataSource;
    this.own = own;
  }

  /** The service's own connections, which own the tables (a single-role database). */
  public static TableOwner sameAs(DataSource service) {
    return new TableOwner(service, false);
  }

  /** A small pool of its own: a rebuild holds a claim, a load and a transaction at once. */
  public static TableOwner connect(String jdbcUrl, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setPoolName("table-owner");
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(4);
    pool.setMinimumIdle(0);
    return new TableOwner(pool, true);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    if (own) {
      ((HikariDataSource) dataSource).close();
    }
  }
}

package io.eventdesign.projection.sink;

import org.springframework.jdbc.core.JdbcTemplate;

/** A {@link TableWriter} over JDBC whose statements name its table as {@code %1$s}. */
public abstract class SqlTableWriter implements TableWriter {

  protected final JdbcTemplate jdbc;
  private final String table;

  protected SqlTableWriter(JdbcTemplate jdbc, String table) {
    this.jdbc = jdbc;
    this.table = table;
  }

  @Override
  public final String table() {
    return table;
  }

  /** {@code template} with {@code %1$s} replaced by this writer's table. */
  protected final String sql(String template) {
    return template.formatted(table);
  }
}

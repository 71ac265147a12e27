package io.eventdesign.projection.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  /**
   * The template of an upsert of every column that changes the existing row of the same {@code key}
   * only where {@code newer} holds (written over {@code %1$s}, the table, and {@code EXCLUDED}).
   */
  protected static String upsertTemplate(List<String> columns, String key, String newer) {
    return "INSERT INTO %1$s (" + String.join(", ", columns) + ") VALUES ("
        + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")"
        + " ON CONFLICT (" + key + ") DO UPDATE SET "
        + columns.stream().filter(column -> !column.equals(key)).map(column -> column + " = EXCLUDED." + column)
            .collect(Collectors.joining(", "))
        + " WHERE " + newer;
  }

  /** Runs {@code statement} once per record, in one JDBC batch, bound to the record's {@code row}. */
  protected final void writeRows(String statement, List<SinkRecord> records, Function<SinkRecord, Object[]> row) {
    if (records.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(statement, records, records.size(), (ps, record) -> bind(ps, row.apply(record)));
  }

  /** Binds a row of the value types of {@link BulkLoadableTableWriter#row}; a String[] becomes a text array. */
  private static void bind(PreparedStatement ps, Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      ps.setObject(i + 1, row[i] instanceof String[] array ? ps.getConnection().createArrayOf("text", array) : row[i]);
    }
  }
}

package io.eventdesign.projection.sink;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bulk-loadable writer over JDBC: the live sink runs one statement per record bound to its
 * {@link #row}, a rebuild COPYs the same rows; subclasses give the columns, the statement and the row.
 */
public abstract class BulkLoadableSqlTableWriter extends SqlTableWriter implements BulkLoadableTableWriter {

  private final List<String> columns;
  private final String statement;

  /** @param statementTemplate the live write of one row, over {@code %1$s} (the table), parameters in column order */
  protected BulkLoadableSqlTableWriter(JdbcTemplate jdbc, String table, List<String> columns, String statementTemplate) {
    super(jdbc, table);
    this.columns = List.copyOf(columns);
    this.statement = sql(statementTemplate);
  }

  @Override
  public final List<String> columns() {
    return columns;
  }

  @Override
  public final void write(List<SinkRecord> records) {
    writeRows(statement, records, this::row);
  }
}

package io.eventdesign.projection.rebuild;

import io.eventdesign.projection.sink.AppendOnlyTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads an append-only writer's rows into a table with PostgreSQL's COPY, PostgreSQL's fastest way
 * in: no statement per row, no conflict checks. The table must have no unique index yet, since
 * re-delivered records repeat rows ({@link ShadowTable#completeIndexes} removes them).
 */
final class CopyLoad {

  private final JdbcTemplate jdbc;
  private final AppendOnlyTableWriter writer;
  private final String copy;

  CopyLoad(JdbcTemplate jdbc, AppendOnlyTableWriter writer, String table) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.copy = "COPY " + table + " (" + String.join(", ", writer.columns()) + ") FROM STDIN";
  }

  /** Copies the records' rows in one COPY statement; returns the rows copied. */
  long copy(List<SinkRecord> records) {
    if (records.isEmpty()) {
      return 0;
    }
    StringBuilder text = new StringBuilder(records.size() * 1024);
    records.forEach(record -> CopyText.appendRow(text, writer.row(record)));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
      try {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return copied == null ? 0 : copied;
  }

  /**
   * The statement that removes repeated rows: of the rows sharing an identity, all but the first in
   * arrival order (the one the live writer keeps).
   */
  static String removeRepeats(AppendOnlyTableWriter writer, String table) {
    return """
        DELETE FROM %1$s WHERE ctid IN (
          SELECT ctid FROM (
            SELECT ctid, row_number() OVER (PARTITION BY %2$s ORDER BY %3$s) AS arrival FROM %1$s) ranked
          WHERE arrival > 1)""".formatted(table, String.join(", ", writer.identity()), String.join(", ", writer.arrival()));
  }
}

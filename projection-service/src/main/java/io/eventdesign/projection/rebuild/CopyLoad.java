package io.eventdesign.projection.rebuild;

import io.eventdesign.projection.sink.BulkLoadableTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads a bulk-loadable writer's rows into a table with PostgreSQL's COPY, PostgreSQL's fastest way
 * in: no statement per row, no conflict checks. The table must have no unique index yet, since
 * rows repeat identities (re-delivered records, a state's older versions), which
 * {@link #removeRepeats} removes before {@link ShadowTable#completeIndexes} builds the unique ones.
 *
 * <p>Pipelined: the caller's thread turns records into COPY text while the previous batch is being
 * copied on this loader's own thread (at most one batch in flight), so decoding and PostgreSQL's
 * work overlap on two cores.
 */
final class CopyLoad implements AutoCloseable {

  private final JdbcTemplate jdbc;
  private final BulkLoadableTableWriter writer;
  private final String copy;
  private final ExecutorService copier = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "projection-rebuild-copy");
    thread.setDaemon(true);
    return thread;
  });
  private Future<?> inFlight = CompletableFuture.completedFuture(null);
  /** Reused from batch to batch (its bytes are copied out before the next batch), so it grows once. */
  private final StringBuilder text = new StringBuilder();

  CopyLoad(JdbcTemplate jdbc, BulkLoadableTableWriter writer, String table) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.copy = "COPY " + table + " (" + String.join(", ", writer.columns()) + ") FROM STDIN";
  }

  /** Turns the records into rows, waits for the previous batch's COPY, then starts this batch's. */
  void copy(List<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    text.setLength(0);
    records.forEach(record -> CopyText.appendRow(text, writer.row(record)));
    byte[] rows = text.toString().getBytes(StandardCharsets.UTF_8);
    flush();
    inFlight = copier.submit(() -> copyIn(rows));
  }

  /** Waits until every batch handed over is in the table; rethrows the failure of a COPY. */
  void flush() {
    try {
      inFlight.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while copying rows", e);
    }
  }

  private void copyIn(byte[] rows) {
    jdbc.execute((ConnectionCallback<Long>) connection -> {
      try {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(rows));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() {
    copier.shutdownNow();
  }

  /**
   * The statement that removes repeated rows: of the rows sharing an identity, all but the first in
   * {@link BulkLoadableTableWriter#keepFirst} order (the one the live writer ends with).
   */
  static String removeRepeats(BulkLoadableTableWriter writer, String table) {
    return """
        DELETE FROM %1$s WHERE ctid IN (
          SELECT ctid FROM (
            SELECT ctid, row_number() OVER (PARTITION BY %2$s ORDER BY %3$s) AS rank FROM %1$s) ranked
          WHERE rank > 1)""".formatted(table, String.join(", ", writer.identity()), String.join(", ", writer.keepFirst()));
  }
}

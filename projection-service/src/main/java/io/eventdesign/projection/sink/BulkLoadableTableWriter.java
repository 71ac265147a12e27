package io.eventdesign.projection.sink;

import java.util.List;

/**
 * A {@link TableWriter} whose table a rebuild can bulk-load: each record maps to one row computed from
 * that record alone, and of the rows that share an {@link #identity} the table ends with exactly one,
 * the first in {@link #keepFirst} order, whatever order the records arrive in. So a rebuild streams
 * every row with COPY into a table without indexes, removes the rows the table would not keep, then
 * builds the indexes.
 */
public interface BulkLoadableTableWriter extends TableWriter {

  /** The columns of {@link #row}, in order. */
  List<String> columns();

  /**
   * One record's row: per column a String, Number, Boolean, {@link java.sql.Timestamp}, byte[],
   * String[] (a text array) or null.
   */
  Object[] row(SinkRecord record);

  /** The columns that identify a row: the table holds one row per identity. */
  List<String> identity();

  /**
   * SQL {@code ORDER BY} terms ranking rows of the same {@link #identity}: the first is the one the live
   * writer ends with (for an append-only table the first to arrive, for a state table the newest version).
   */
  List<String> keepFirst();
}

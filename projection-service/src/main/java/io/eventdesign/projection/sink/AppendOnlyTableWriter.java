package io.eventdesign.projection.sink;

import java.util.List;

/**
 * A {@link TableWriter} whose table gains exactly one row per record and never changes a row, so a
 * rebuild can bulk-load it: stream every row with COPY into a table without indexes, remove the rows
 * that re-delivered records repeat, then build the indexes.
 */
public interface AppendOnlyTableWriter extends TableWriter {

  /** The columns of {@link #row}, in order. */
  List<String> columns();

  /** One record's row: per column a String, Number, Boolean, {@link java.sql.Timestamp}, byte[] or null. */
  Object[] row(SinkRecord record);

  /** The columns a re-delivered record repeats; the live writer keeps the first row and ignores the rest. */
  List<String> identity();

  /**
   * The columns that order rows as the live writer meets them (of rows with the same {@link #identity},
   * the first in this order is the one kept).
   */
  List<String> arrival();
}

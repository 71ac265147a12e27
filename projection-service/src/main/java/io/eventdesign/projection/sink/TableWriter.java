package io.eventdesign.projection.sink;

import io.eventdesign.contract.ContractType;
import java.util.List;

/** Writes one kind of contract record into its table, idempotently (re-delivery changes nothing). */
public interface TableWriter {

  /** The table written to. */
  String table();

  /** The same writer, writing into {@code otherTable} (a table of the same shape, e.g. a rebuild's shadow). */
  TableWriter into(String otherTable);

  boolean accepts(ContractType type);

  /** Called inside the sink's database transaction with this batch's accepted records, in offset order per partition. */
  void write(List<SinkRecord> records);
}

package io.eventdesign.projection.sink;

import io.eventdesign.contract.ContractType;
import java.util.List;

/** Writes one kind of contract record into its table, idempotently (re-delivery changes nothing). */
public interface TableWriter {

  boolean accepts(ContractType type);

  /** Called inside the sink's database transaction with this batch's accepted records, in offset order per partition. */
  void write(List<SinkRecord> records);
}

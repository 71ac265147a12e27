package io.eventdesign.projection.rows;

import java.util.List;
import java.util.Objects;

/**
 * A read-model table whose rows each come from one event and name it in an {@code event_id} column (the
 * event log, the answer history), declared as a bean by the read model that writes it.
 *
 * @param table the table
 * @param keyColumns the columns that identify a row, shown with it
 */
public record EventWrittenTable(String table, List<String> keyColumns) {

  public EventWrittenTable {
    Objects.requireNonNull(table, "table");
    keyColumns = List.copyOf(keyColumns);
  }
}

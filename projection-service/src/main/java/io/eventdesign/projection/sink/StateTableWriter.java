package io.eventdesign.projection.sink;

import io.eventdesign.contract.ContractType;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts one row per aggregate ({@code id}) from a compacted state topic, only when the incoming
 * {@code version} is newer: the table ends with each aggregate's newest state in any order of arrival,
 * and a rebuild bulk-loads it. A read model gives its table, state type, columns and row.
 *
 * @param <S> the state record
 */
public final class StateTableWriter<S extends SpecificRecord> extends BulkLoadableSqlTableWriter {

  /** How one state type maps onto its table: the columns (with {@code id} and {@code version}) and a state's row. */
  public record Shape<S extends SpecificRecord>(String table, Class<S> stateClass, List<String> columns, Function<S, Object[]> row) {

    public Shape {
      columns = List.copyOf(columns);
      if (!columns.contains("id") || !columns.contains("version")) {
        throw new IllegalArgumentException(table + ": a state table has the columns id and version");
      }
    }

    /** The writer of the live table. */
    public TableWriter writer(JdbcTemplate jdbc) {
      return new StateTableWriter<>(jdbc, table, this);
    }
  }

  private final Shape<S> shape;

  private StateTableWriter(JdbcTemplate jdbc, String table, Shape<S> shape) {
    super(jdbc, table, shape.columns(), upsertTemplate(shape.columns(), "id", "%1$s.version < EXCLUDED.version"));
    this.shape = shape;
  }

  @Override
  public TableWriter into(String otherTable) {
    return new StateTableWriter<>(jdbc, otherTable, shape);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == shape.stateClass();
  }

  @Override
  public Object[] row(SinkRecord record) {
    return shape.row().apply(record.value());
  }

  @Override
  public List<String> identity() {
    return List.of("id");
  }

  @Override
  public List<String> keepFirst() {
    return List.of("version DESC");
  }
}

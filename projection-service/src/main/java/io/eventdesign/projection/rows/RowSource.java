package io.eventdesign.projection.rows;

import io.eventdesign.projection.eventlog.AggregateFold;
import io.eventdesign.projection.sink.StateTableWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * A read-model table with one row per aggregate, declared as a bean by the read model that writes it, so
 * that a row can be checked against the events it was projected from ({@link RowChecks}): the row the
 * sink would write from the fold of those events, up to the versions the row says it holds, beside the row
 * as it is.
 *
 * @param aggregateType the aggregate whose id is the row's {@code id}
 * @param table the table
 * @param columns its columns, as the read model's writer writes them (with {@code id})
 * @param feeds the event streams folded into the row, first the aggregate's own
 * @param expected the state from the feeds' folded states (in the feeds' order; null where a feed has no event)
 * @param row the row the read model's writer writes for a state (in the order of {@code columns})
 */
public record RowSource<S extends SpecificRecord>(String aggregateType, String table, List<String> columns,
    List<Feed> feeds, Function<List<Object>, S> expected, Function<S, Object[]> row) {

  /**
   * One stream of events a row folds.
   *
   * @param fold the aggregate type and the reducer the read model's topology folds it with
   * @param keyField the payload field naming the row's id, or null when the row's id is the aggregate id
   * @param versionColumn the row's column holding the version of this stream it has applied
   */
  public record Feed(AggregateFold<?> fold, String keyField, String versionColumn) {

    public Feed {
      Objects.requireNonNull(fold, "fold");
      Objects.requireNonNull(versionColumn, "versionColumn");
    }

    /** The aggregate's own events: the row's id is the aggregate id, its version column {@code version}. */
    public static Feed own(AggregateFold<?> fold) {
      return new Feed(fold, null, "version");
    }

    public String aggregateType() {
      return fold.aggregateType();
    }
  }

  public RowSource {
    Objects.requireNonNull(aggregateType, "aggregateType");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(row, "row");
    columns = List.copyOf(columns);
    feeds = List.copyOf(feeds);
    if (!columns.contains("id")) {
      throw new IllegalArgumentException(table + ": a row source's table has the column id");
    }
    for (Feed feed : feeds) {
      if (!columns.contains(feed.versionColumn())) {
        throw new IllegalArgumentException(table + ": no column " + feed.versionColumn());
      }
    }
  }

  /** A state table folded from one aggregate's own events, its state written as is. */
  @SuppressWarnings("unchecked")
  public static <S extends SpecificRecord> RowSource<S> of(AggregateFold<S> fold, StateTableWriter.Shape<S> shape) {
    return new RowSource<>(fold.aggregateType(), shape.table(), shape.columns(), List.of(Feed.own(fold)),
        states -> (S) states.getFirst(), shape.row());
  }
}

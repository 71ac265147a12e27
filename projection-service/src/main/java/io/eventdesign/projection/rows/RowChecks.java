package io.eventdesign.projection.rows;

import io.eventdesign.projection.eventlog.EventRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * Read models against their events. For one aggregate: each row projected from it beside the row the read
 * model's writer would write from the fold of its events up to the versions the row says it applied, the
 * columns that differ (a drift: the row was changed behind the projection's back), and the event it
 * applied last. For one event: the rows it wrote, and the rows folded from it with whether they have
 * applied it yet.
 */
public final class RowChecks {

  /** How a row stands against its events. */
  public enum Status {
    /** The row equals the fold of the events it applied, and it applied the newest. */
    IN_SYNC,
    /** The row equals the fold of the events it applied; newer events are not applied yet. */
    BEHIND,
    /** Some cells differ from the fold of the events the row says it applied. */
    DRIFTED,
    /** The aggregate has events and no row yet. */
    MISSING,
    /** The row claims a version the event log does not hold yet (the log's sink is behind the row's). */
    UNVERIFIABLE
  }

  /** One feed of a row: the version the row applied, the newest in the log, the event it applied last. */
  public record FeedState(String aggregateType, String versionColumn, long rowVersion, long latestVersion,
      FeedQueries.Applied lastApplied) {}

  /** One row beside the fold of its events. */
  public record RowCheck(String table, String id, Status status, Map<String, Object> row, Map<String, Object> expected,
      List<String> driftedColumns, List<FeedState> feeds) {}

  public record AggregateRows(String aggregateType, String aggregateId, List<RowCheck> rows) {}

  /**
   * A row an event touched.
   *
   * @param relation {@code WRITTEN} (the row came from this event) or {@code FOLDED} (the row folds its aggregate's events)
   * @param applied whether the row holds the event's effect: written, or folded up to its version or beyond
   * @param rowVersion for a folded row, the version of the event's stream it applied (null: no row)
   * @param aggregateType for a folded row, the aggregate whose row it is (its id is the key's {@code id})
   */
  public record TouchedRow(String table, Map<String, Object> key, String relation, boolean applied, Long rowVersion,
      String aggregateType) {}

  public record EventRows(String eventId, String aggregateType, String aggregateId, long version, List<TouchedRow> rows) {}

  private final FeedQueries queries;
  private final List<RowSource<?>> sources;
  private final List<EventWrittenTable> writtenTables;

  RowChecks(FeedQueries queries, List<RowSource<?>> sources, List<EventWrittenTable> writtenTables) {
    this.queries = queries;
    this.sources = List.copyOf(sources);
    this.writtenTables = List.copyOf(writtenTables);
  }

  /** Whether a read model keeps one row per aggregate of this type. */
  public boolean hasRows(String aggregateType) {
    return sources.stream().anyMatch(source -> source.aggregateType().equals(aggregateType));
  }

  /** Each row of the aggregate checked against its events; empty rows when no read model has one for the type. */
  public AggregateRows check(String aggregateType, String aggregateId) {
    List<RowCheck> rows = sources.stream().filter(source -> source.aggregateType().equals(aggregateType))
        .map(source -> check(source, aggregateId)).flatMap(Optional::stream).toList();
    return new AggregateRows(aggregateType, aggregateId, rows);
  }

  /** The rows {@code event} wrote or is folded into. */
  public EventRows touchedBy(EventRow event) {
    List<TouchedRow> touched = new ArrayList<>();
    for (EventWrittenTable table : writtenTables) {
      queries.writtenBy(table, event.eventId())
          .forEach(key -> touched.add(new TouchedRow(table.table(), key, "WRITTEN", true, null, null)));
    }
    for (RowSource<?> source : sources) {
      for (RowSource.Feed feed : source.feeds()) {
        if (feed.aggregateType().equals(event.aggregateType())) {
          String id = feed.keyField() == null ? event.aggregateId() : event.payload().path(feed.keyField()).asString(null);
          if (id != null) {
            Long rowVersion = queries.row(source.table(), List.of("id", feed.versionColumn()), id)
                .map(row -> version(row.get(feed.versionColumn()))).orElse(null);
            touched.add(new TouchedRow(source.table(), Map.of("id", id), "FOLDED",
                rowVersion != null && rowVersion >= event.aggregateVersion(), rowVersion, source.aggregateType()));
          }
        }
      }
    }
    return new EventRows(event.eventId(), event.aggregateType(), event.aggregateId(), event.aggregateVersion(), touched);
  }

  private <S extends SpecificRecord> Optional<RowCheck> check(RowSource<S> source, String id) {
    Map<String, Object> row = queries.row(source.table(), source.columns(), id).orElse(null);
    List<FeedState> feeds = new ArrayList<>();
    List<Object> folded = new ArrayList<>();
    boolean verifiable = true;
    for (RowSource.Feed feed : source.feeds()) {
      long latest = queries.latestVersion(feed, id);
      long applied = row == null ? 0 : version(row.get(feed.versionColumn()));
      verifiable &= applied <= latest;
      folded.add(row == null ? null : queries.foldUpTo(feed, id, applied));
      feeds.add(new FeedState(feed.aggregateType(), feed.versionColumn(), applied, latest,
          applied == 0 ? null : queries.eventAt(feed, id, applied).orElse(null)));
    }
    if (row == null) {
      boolean anyEvent = feeds.stream().anyMatch(feed -> feed.latestVersion() > 0);
      return anyEvent ? Optional.of(new RowCheck(source.table(), id, Status.MISSING, null, null, List.of(), feeds)) : Optional.empty();
    }
    if (!verifiable) {
      return Optional.of(new RowCheck(source.table(), id, Status.UNVERIFIABLE, row, null, List.of(), feeds));
    }
    S state = source.expected().apply(folded);
    Map<String, Object> expected = state == null ? null : cells(source.columns(), source.row().apply(state));
    List<String> drifted = source.columns().stream()
        .filter(column -> expected == null || !Objects.equals(expected.get(column), row.get(column))).toList();
    boolean behind = feeds.stream().anyMatch(feed -> feed.rowVersion() < feed.latestVersion());
    Status status = !drifted.isEmpty() ? Status.DRIFTED : behind ? Status.BEHIND : Status.IN_SYNC;
    return Optional.of(new RowCheck(source.table(), id, status, row, expected, drifted, feeds));
  }

  private static Map<String, Object> cells(List<String> columns, Object[] values) {
    Map<String, Object> cells = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      cells.put(columns.get(i), Cells.normalize(values[i]));
    }
    return cells;
  }

  private static long version(Object cell) {
    return cell == null ? 0 : ((Number) cell).longValue();
  }
}

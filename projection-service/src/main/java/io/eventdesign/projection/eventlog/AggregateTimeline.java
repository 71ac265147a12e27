package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.sink.AvroJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import tools.jackson.databind.JsonNode;

/**
 * One aggregate's events in version order, each with the state after it (folded by the reducer of the read
 * model that owns the aggregate type, see {@link AggregateFold}) and the fields it changed.
 */
public final class AggregateTimeline {

  /**
   * One version of the aggregate.
   *
   * @param state the state after the event (null for a type no read model folds, or while there is none)
   * @param changedFields the fields whose values differ from the previous version's state
   */
  public record Version(long version, String eventId, String eventType, Instant occurredAt, String actor,
      String correlationId, JsonNode state, List<String> changedFields) {}

  /** @param folded whether the states come from a read model's reducer (false: events only) */
  public record Timeline(String aggregateType, String aggregateId, boolean folded, List<Version> versions) {}

  private final EventQueries events;
  private final RecordCodec codec;
  private final Map<String, AggregateFold<?>> folds;

  public AggregateTimeline(EventQueries events, RecordCodec codec, List<AggregateFold<?>> folds) {
    this.events = events;
    this.codec = codec;
    this.folds = folds.stream().collect(Collectors.toUnmodifiableMap(AggregateFold::aggregateType, fold -> fold));
  }

  /** The timeline, or empty versions when {@code ownerId} is set and may not read the aggregate (or it has no event). */
  public Timeline of(String aggregateType, String aggregateId, String ownerId) {
    List<EventRow> history = events.history(aggregateType, aggregateId, ownerId);
    AggregateFold<?> fold = folds.get(aggregateType);
    if (fold == null) {
      return new Timeline(aggregateType, aggregateId, false, history.stream()
          .map(event -> version(event, null, List.of())).toList());
    }
    return new Timeline(aggregateType, aggregateId, true, folded(history, fold.reducer(), rawValues(aggregateType, aggregateId)));
  }

  @SuppressWarnings("unchecked")
  private <S extends SpecificRecord> List<Version> folded(List<EventRow> history, BiFunction<S, SpecificRecord, S> reducer,
      Map<String, byte[]> values) {
    List<Version> versions = new ArrayList<>();
    S state = null;
    JsonNode before = null;
    for (EventRow event : history) {
      byte[] value = values.get(event.eventId());
      if (value != null && codec.decode(value) instanceof DecodeResult.Decoded decoded) {
        state = reducer.apply(state, decoded.record());
      }
      JsonNode after = state == null ? null : AvroJson.toJson((GenericRecord) state);
      versions.add(version(event, after, StateDiff.changedFields(before, after)));
      before = after;
    }
    return versions;
  }

  private Map<String, byte[]> rawValues(String aggregateType, String aggregateId) {
    return events.rawHistory(aggregateType, aggregateId, null).stream()
        .collect(Collectors.toMap(EventQueries.RawEvent::eventId, EventQueries.RawEvent::value));
  }

  private static Version version(EventRow event, JsonNode state, List<String> changed) {
    return new Version(event.aggregateVersion(), event.eventId(), event.eventType(), event.occurredAt(), event.actor(),
        event.correlationId(), state, changed);
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.manifest.Manifest;
import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The event log: search, single events, aggregate histories, correlation chains, stats and the type catalogue. */
@RestController
@RequestMapping("/api/v1/events")
class EventController {

  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 500;
  static final String OLDEST_FIRST = "oldest-first";
  static final String NEWEST_FIRST = "newest-first";
  static final int MAX_CORRELATION = 1000;

  private final EventQueries queries;
  private final EventStats stats;
  private final AggregateTimeline timeline;
  private final JsonMapper json;

  EventController(EventQueries queries, EventStats stats, AggregateTimeline timeline, JsonMapper json) {
    this.queries = queries;
    this.stats = stats;
    this.timeline = timeline;
    this.json = json;
  }

  /**
   * Events in stable order (occurred-at, then aggregate and version, then event id; {@code order=newest-first}
   * reverses it) with cursor paging; with {@code correlationId}, the whole chain (up to 1000 events) in causal
   * order. A customer's results hold only their own.
   */
  @GetMapping
  Map<String, Object> search(
      @RequestParam(required = false) String aggregateType,
      @RequestParam(required = false) String aggregateId,
      @RequestParam(required = false) List<String> eventType,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) String tenantId,
      @RequestParam(required = false) String correlationId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
      @RequestParam(defaultValue = OLDEST_FIRST) String order,
      HttpServletRequest request) {
    if (!order.equals(OLDEST_FIRST) && !order.equals(NEWEST_FIRST)) {
      throw invalid("order", "order must be " + OLDEST_FIRST + " or " + NEWEST_FIRST);
    }
    boolean newestFirst = order.equals(NEWEST_FIRST);
    EventCursor after = cursor == null ? null : EventCursor.decode(cursor);
    if (after != null && after.newestFirst() != newestFirst) {
      throw invalid("cursor", "the cursor continues the " + (after.newestFirst() ? NEWEST_FIRST : OLDEST_FIRST)
          + " order; ask for that order or start again without it");
    }
    EventParameters.aggregateType(aggregateType);
    List<String> types = EventParameters.eventTypes(eventType);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw invalid("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    Instant fromTime = instant("from", from);
    Instant toTime = instant("to", to);
    if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
      throw invalid("to", "to must be after from");
    }
    EventFilter filter = new EventFilter(aggregateType, aggregateId, types, actor, userId, tenantId, correlationId,
        fromTime, toTime, ownerFilter(request));
    Map<String, Object> page = new LinkedHashMap<>();
    if (correlationId != null) {
      page.put("items", queries.correlation(filter, MAX_CORRELATION));
      page.put("order", "causal");
      page.put("nextCursor", null);
      return page;
    }
    var result = queries.search(filter, newestFirst, after, limit);
    page.put("items", result.items());
    page.put("order", newestFirst ? NEWEST_FIRST : "occurredAt,eventId");
    page.put("nextCursor", result.nextCursor());
    return page;
  }

  @GetMapping("/{eventId}")
  EventRow byId(@PathVariable String eventId, HttpServletRequest request) {
    return queries.byId(eventId, ownerFilter(request)).orElseThrow(() -> new AggregateNotFoundException("event", eventId));
  }

  @GetMapping("/aggregates/{type}/{id}")
  List<EventRow> history(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
    List<EventRow> history = queries.history(type, id, ownerFilter(request));
    if (history.isEmpty()) {
      throw new AggregateNotFoundException(type, id);
    }
    return history;
  }

  /**
   * Every version of one aggregate with the state after it, folded by the reducer the read model uses, and
   * the fields each event changed.
   */
  @GetMapping("/aggregates/{type}/{id}/states")
  AggregateTimeline.Timeline timeline(@PathVariable String type, @PathVariable String id, HttpServletRequest request) {
    AggregateTimeline.Timeline timeline = this.timeline.of(type, id, ownerFilter(request));
    if (timeline.versions().isEmpty()) {
      throw new AggregateNotFoundException(type, id);
    }
    return timeline;
  }

  @GetMapping("/stats")
  Map<String, Object> stats() {
    return stats.current();
  }

  /** Every contract type: description, current and released fingerprints, schema and an example. */
  @GetMapping("/types")
  List<Map<String, Object>> types() {
    Map<String, List<Manifest.Entry>> byType = Manifest.loadShipped().entries().stream()
        .collect(Collectors.groupingBy(Manifest.Entry::typeName, LinkedHashMap::new, Collectors.toList()));
    return ContractCatalog.instance().all().stream().map(type -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", type.name());
      entry.put("kind", type.kind().name());
      entry.put("aggregateType", type.aggregateType());
      entry.put("description", type.description());
      entry.put("topic", topicOf(type));
      entry.put("currentFingerprint", Fingerprints.toWireHex(type.fingerprint()));
      entry.put("versions", byType.getOrDefault(type.name(), List.of()).stream()
          .map(v -> Map.of("version", v.version(), "fingerprint", v.fingerprintHex(), "current", v.current())).toList());
      entry.put("schema", json.readTree(type.schema().toString()));
      entry.put("example", SchemaExamples.of(type.schema()));
      return entry;
    }).toList();
  }

  /** The schema manifest exactly as shipped in the schemas jar. */
  @GetMapping(path = "/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> manifest() {
    return ResponseEntity.ok(Manifest.shippedJson());
  }

  private static String topicOf(ContractType type) {
    return Topics.all().stream()
        .filter(t -> t.aggregateType().equals(type.aggregateType()))
        .filter(t -> t.kind() == (type.kind() == ContractType.Kind.EVENT ? Topic.Kind.EVENTS : Topic.Kind.STATE))
        .map(Topic::name).findFirst().orElse(null);
  }

  /**
   * A customer sees only the events of aggregates they own (searches, correlation chains, single events
   * and histories alike; another's is a 404); staff and read-only clients see the whole log.
   */
  private static String ownerFilter(HttpServletRequest request) {
    return Caller.of(request).readsOnlyFor();
  }

  private static Instant instant(String parameter, String value) {
    return value == null ? null : InputRules.instantParameter(parameter, value);
  }

  private static InvalidRequestException invalid(String parameter, String message) {
    return new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter, message);
  }
}

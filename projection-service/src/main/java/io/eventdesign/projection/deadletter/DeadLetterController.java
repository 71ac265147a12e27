package io.eventdesign.projection.deadletter;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.projection.audit.AuditedActions;
import io.eventdesign.projection.audit.OperatorAudit;
import io.eventdesign.projection.audit.OperatorAudit.Action;
import io.eventdesign.projection.query.Paging;
import io.eventdesign.projection.query.RecordPosition;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.projection.readmodel.ReadModels;
import io.eventdesign.projection.sink.ProjectionSink;
import io.eventdesign.projection.sink.SinkParking;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parked records of the PostgreSQL sink and of the state topologies: {@code GET} lists them,
 * {@code POST .../republish} re-applies them (after the fix is deployed), optionally only those of
 * one topic and/or key; {@code POST .../discard} drops one for good. Both need a {@code reason} and are
 * recorded in the operator audit.
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterController {

  private static final int MAX_LIMIT = 1000;

  private final ProjectionSink sink;
  private final SinkParking sinkParking;
  private final TopologyParking topologies;
  private final ReadModels models;
  private final OperatorAudit audit;
  private final RecordCodec codec;
  private final OriginalRecords originals;

  DeadLetterController(ProjectionSink sink, SinkParking sinkParking, TopologyParking topologies, ReadModels models,
      OperatorAudit audit, RecordCodec codec, OriginalRecords originals) {
    this.audit = audit;
    this.originals = originals;
    this.codec = codec;
    this.sink = sink;
    this.sinkParking = sinkParking;
    this.topologies = topologies;
    this.models = models;
  }

  /** The parked records: the sink's from PostgreSQL, the topologies' from this instance's stores. */
  @GetMapping
  Map<String, Object> parked(@RequestParam(required = false) String topic, @RequestParam(required = false) String key,
      @RequestParam(defaultValue = "100") int limit) {
    validateTopic(topic);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    List<ParkedView> sinkRecords = sinkParking.parked(topic, key, limit).stream()
        .map(p -> new ParkedView(p.topic(), p.partition(), p.offset(), p.key(), p.reason())).toList();
    return Map.of(
        "postgresqlSink", Map.of("parked", sinkParking.count(), "records", sinkRecords),
        "stateTopologies", Map.of("parked", topologies.count(), "records", topologies.parked(topic, key, limit)));
  }

  /**
   * One parked record as held by each consumer that parked it: where, why, its original bytes decoded
   * where possible (else the diagnostics), and its headers and timestamp from the source topic ({@code
   * original}; null when the topic no longer holds it).
   */
  @GetMapping("/record")
  Map<String, Object> record(@RequestParam(required = false) String topic, @RequestParam(required = false) String key,
      @RequestParam(required = false) Integer partition, @RequestParam(required = false) Long offset) {
    RecordPosition at = RecordPosition.of(topic, partition, offset, knownTopics());
    var sinkRecord = sinkParking.find(at.topic(), at.partition(), at.offset());
    var topologyBytes = topologies.bytes(at.topic(), key, at.partition(), at.offset());
    byte[] value = sinkRecord.map(SinkParking.Parked::value).or(() -> topologyBytes).orElse(null);
    if (sinkRecord.isEmpty() && topologyBytes.isEmpty()) {
      throw new AggregateNotFoundException("parked record", (key == null ? "" : key + " at ") + at.place());
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("topic", at.topic());
    answer.put("partition", at.partition());
    answer.put("offset", at.offset());
    answer.put("key", sinkRecord.map(SinkParking.Parked::key).orElse(key));
    answer.put("heldBy", Stream.of(sinkRecord.map(p -> "postgresql-sink"), topologyBytes.map(b -> "state-topologies"))
        .flatMap(Optional::stream).toList());
    answer.put("reason", sinkRecord.map(SinkParking.Parked::reason).or(() -> topologies.find(at.topic(), key, at.partition(),
        at.offset()).map(ParkedView::reason)).orElse(null));
    answer.put("bytes", ParkedBytes.inspect(value, codec));
    answer.put("original", originals.at(at.topic(), at.partition(), at.offset()).orElse(null));
    return answer;
  }

  /**
   * Re-applies the sink's parked records now (synchronously) and asks the topologies to re-publish
   * theirs (asynchronously, in order with the live records of their partition).
   */
  @PostMapping("/republish")
  Map<String, Object> republish(@RequestParam(required = false) String topic, @RequestParam(required = false) String key,
      @RequestParam(required = false) String reason, HttpServletRequest request) {
    validateTopic(topic);
    return audit.run(request, Action.of(AuditedActions.REPUBLISH, target(topic, key), "topic", topic, "key", key), reason, () -> {
      ProjectionSink.Republished republished = sink.republish(topic, key);
      List<String> asked = topologies.requestRepublish(topic, key);
      return Map.of(
          "postgresqlSink", Map.of("republished", republished.applied(), "stillParked", republished.stillParked()),
          "stateTopologies", Map.of("requestedFor", asked));
    });
  }

  /**
   * Drops one parked record for good (a record no release will ever read, such as bytes that are not
   * ours), from every consumer holding it, then re-publishes the records of its key behind it.
   */
  @PostMapping("/discard")
  Map<String, Object> discard(@RequestParam(required = false) String topic, @RequestParam String key,
      @RequestParam(required = false) Integer partition, @RequestParam(required = false) Long offset,
      @RequestParam(required = false) String reason, HttpServletRequest request) {
    RecordPosition at = RecordPosition.of(topic, partition, offset, knownTopics());
    Action action = Action.of(AuditedActions.DISCARD, at.place(), "topic", at.topic(), "key", key, "partition", at.partition(),
        "offset", at.offset());
    return audit.run(request, action, reason, () -> {
      boolean parked = sinkParking.find(at.topic(), at.partition(), at.offset()).isPresent()
          || topologies.find(at.topic(), key, at.partition(), at.offset()).isPresent();
      if (!parked) {
        throw new AggregateNotFoundException("parked record",
            key + " at " + at.place() + " (see GET /api/v1/admin/dead-letters)");
      }
      Map<String, Object> sinkResult = sink.discard(at.topic(), at.partition(), at.offset())
          .<Map<String, Object>>map(r -> Map.of("discarded", true, "republished", r.applied(), "stillParked", r.stillParked()))
          .orElse(Map.of("discarded", false));
      boolean asked = topologies.requestDiscard(at.topic(), key, at.partition(), at.offset());
      return Map.of("postgresqlSink", sinkResult, "stateTopologies", Map.of("requestedFor", asked ? List.of(at.topic()) : List.of()));
    });
  }

  private static String target(String topic, String key) {
    return topic == null && key == null ? null : (topic == null ? "every topic" : topic) + (key == null ? "" : " key " + key);
  }

  private void validateTopic(String topic) {
    Paging.requireOneOf("topic", topic, knownTopics());
  }

  /** The topics whose records a consumer here may park: the sink's and the topologies'. */
  private Set<String> knownTopics() {
    Set<String> known = new HashSet<>(models.sinkTopics());
    topologies.topics().forEach(t -> known.add(t.name()));
    return known;
  }
}

package io.eventdesign.projection.deadletter;

import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.projection.audit.AuditedActions;
import io.eventdesign.projection.audit.OperatorAudit;
import io.eventdesign.projection.audit.OperatorAudit.Action;
import io.eventdesign.projection.query.Paging;
import jakarta.servlet.http.HttpServletRequest;
import io.eventdesign.projection.readmodel.ReadModels;
import io.eventdesign.projection.sink.ProjectionSink;
import io.eventdesign.projection.sink.SinkParking;
import java.util.HashSet;
import java.util.List;
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

  DeadLetterController(ProjectionSink sink, SinkParking sinkParking, TopologyParking topologies, ReadModels models,
      OperatorAudit audit, RecordCodec codec) {
    this.audit = audit;
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
   * One parked record as held by each consumer that parked it: where, why, and its original bytes decoded
   * where possible (else the diagnostics).
   */
  @GetMapping("/record")
  Map<String, Object> record(@RequestParam(required = false) String topic, @RequestParam(required = false) String key,
      @RequestParam(required = false) Integer partition, @RequestParam(required = false) Long offset) {
    validateTopic(topic);
    if (topic == null) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "topic", "topic is required");
    }
    if (partition == null || partition < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "partition", "partition must be 0 or more");
    }
    if (offset == null || offset < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "offset", "offset must be 0 or more");
    }
    var sinkRecord = sinkParking.find(topic, partition, offset);
    var topologyBytes = topologies.bytes(topic, key, partition, offset);
    byte[] value = sinkRecord.map(SinkParking.Parked::value).or(() -> topologyBytes).orElse(null);
    if (sinkRecord.isEmpty() && topologyBytes.isEmpty()) {
      throw new AggregateNotFoundException("parked record", (key == null ? "" : key + " at ") + topic + "-" + partition + "@" + offset);
    }
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    answer.put("topic", topic);
    answer.put("partition", partition);
    answer.put("offset", offset);
    answer.put("key", sinkRecord.map(SinkParking.Parked::key).orElse(key));
    answer.put("heldBy", java.util.stream.Stream.of(sinkRecord.map(p -> "postgresql-sink"), topologyBytes.map(b -> "state-topologies"))
        .flatMap(java.util.Optional::stream).toList());
    answer.put("reason", sinkRecord.map(SinkParking.Parked::reason).orElseGet(() -> topologies.parked(topic, key, MAX_LIMIT).stream()
        .filter(p -> p.partition() == partition && p.offset() == offset).map(ParkedView::reason).findFirst().orElse(null)));
    answer.put("bytes", ParkedBytes.inspect(value, codec));
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
  Map<String, Object> discard(@RequestParam String topic, @RequestParam String key, @RequestParam int partition,
      @RequestParam long offset, @RequestParam(required = false) String reason, HttpServletRequest request) {
    validateTopic(topic);
    if (partition < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "partition", "partition must be 0 or more");
    }
    if (offset < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "offset", "offset must be 0 or more");
    }
    Action action = Action.of(AuditedActions.DISCARD, topic + "-" + partition + "@" + offset, "topic", topic, "key", key,
        "partition", partition, "offset", offset);
    return audit.run(request, action, reason, () -> {
      boolean parked = sinkParking.find(topic, partition, offset).isPresent()
          || topologies.parked(topic, key, MAX_LIMIT).stream().anyMatch(p -> p.partition() == partition && p.offset() == offset);
      if (!parked) {
        throw new AggregateNotFoundException("parked record",
            key + " at " + topic + "-" + partition + "@" + offset + " (see GET /api/v1/admin/dead-letters)");
      }
      Map<String, Object> sinkResult = sink.discard(topic, partition, offset)
          .<Map<String, Object>>map(r -> Map.of("discarded", true, "republished", r.applied(), "stillParked", r.stillParked()))
          .orElse(Map.of("discarded", false));
      boolean asked = topologies.requestDiscard(topic, key, partition, offset);
      return Map.of("postgresqlSink", sinkResult, "stateTopologies", Map.of("requestedFor", asked ? List.of(topic) : List.of()));
    });
  }

  private static String target(String topic, String key) {
    return topic == null && key == null ? null : (topic == null ? "every topic" : topic) + (key == null ? "" : " key " + key);
  }

  private void validateTopic(String topic) {
    Set<String> known = new HashSet<>(models.sinkTopics());
    topologies.topics().forEach(t -> known.add(t.name()));
    Paging.requireOneOf("topic", topic, known);
  }
}

package io.eventdesign.projection.processing;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.projection.eventlog.EventQueries;
import io.eventdesign.projection.eventlog.EventRow;
import io.eventdesign.projection.eventlog.EventStats;
import io.eventdesign.projection.eventlog.EventTopics;
import io.eventdesign.projection.query.RecordPosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far each consumer of the event topics is: one event's status for each ({@code APPLIED}: its group
 * committed past it; {@code PARKED} with the reason; {@code PENDING}), and the events one consumer has not
 * processed yet (staff and read-only clients).
 */
@RestController
class ProcessingController {

  static final int MAX_LIMIT = 500;

  private final List<EventStats.Projection> consumers;
  private final ConsumerProgress progress;
  private final EventQueries events;

  ProcessingController(List<EventStats.Projection> consumers, ConsumerProgress progress, EventQueries events) {
    this.consumers = List.copyOf(consumers);
    this.progress = progress;
    this.events = events;
  }

  @GetMapping("/api/v1/events/{eventId}/processing")
  Map<String, Object> status(@PathVariable String eventId) {
    EventRow event = events.byId(eventId, null).orElseThrow(() -> new AggregateNotFoundException("event", eventId));
    Map<String, Object> answer = statuses(event.topic(), event.partition(), event.offset(), event.aggregateId());
    answer.put("eventId", event.eventId());
    return answer;
  }

  /**
   * The same for any record of an event topic by its position, also one no consumer could decode (such a
   * record never reaches the event log, so it has no event id to look up).
   */
  @GetMapping("/api/v1/events/processing")
  Map<String, Object> statusAt(@RequestParam(required = false) String topic, @RequestParam(required = false) Integer partition,
      @RequestParam(required = false) Long offset, @RequestParam(required = false) String key) {
    RecordPosition at = RecordPosition.of(topic, partition, offset, EventTopics.NAMES);
    return statuses(at.topic(), at.partition(), at.offset(), key);
  }

  private Map<String, Object> statuses(String topic, int partition, long offset, String key) {
    TopicPartition place = new TopicPartition(topic, partition);
    List<Map<String, Object>> statuses = consumers.stream().map(consumer -> {
      Map<String, Object> status = new LinkedHashMap<>();
      status.put("consumer", consumer.name());
      status.put("consumerGroup", consumer.consumerGroup());
      Optional<String> parked = consumer.parkedReason().of(topic, partition, offset, key);
      Long committed = progress.committed(consumer.consumerGroup()).get(place);
      status.put("status", parked.isPresent() ? "PARKED" : committed != null && committed > offset ? "APPLIED" : "PENDING");
      status.put("reason", parked.orElse(null));
      status.put("committedOffset", committed);
      return status;
    }).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("topic", topic);
    answer.put("partition", partition);
    answer.put("offset", offset);
    answer.put("consumers", statuses);
    return answer;
  }

  @GetMapping("/api/v1/events/unprocessed")
  Map<String, Object> unprocessed(@RequestParam(required = false) String consumer, @RequestParam(defaultValue = "100") int limit) {
    EventStats.Projection named = consumers.stream().filter(c -> c.name().equals(consumer)).findFirst()
        .orElseThrow(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST, "consumer",
            "consumer must be one of " + consumers.stream().map(EventStats.Projection::name).toList()));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    ConsumerProgress.Unprocessed unprocessed = progress.unprocessed(named.consumerGroup(), limit);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("consumer", named.name());
    answer.put("consumerGroup", named.consumerGroup());
    answer.put("partitions", unprocessed.partitions());
    answer.put("items", unprocessed.items());
    answer.put("more", unprocessed.more());
    return answer;
  }
}

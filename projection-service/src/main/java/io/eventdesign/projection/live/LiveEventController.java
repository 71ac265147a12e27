package io.eventdesign.projection.live;

import io.eventdesign.platform.http.Problems;
import io.eventdesign.projection.eventlog.EventParameters;
import io.eventdesign.projection.eventlog.EventTopics;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Events as they are committed, pushed as Server-Sent Events (staff and read-only clients): first a
 * {@code positions} event with the next offset of every partition, then an {@code event} per matching
 * committed event (or {@code undecodable} for a record that is not one), each with its topic, partition,
 * offset and the offset of the stream's previous record on that partition. {@code after} continues a
 * stream where its client left off.
 */
@RestController
class LiveEventController {

  private final LiveStreams streams;

  LiveEventController(LiveStreams streams) {
    this.streams = streams;
  }

  @GetMapping(path = "/api/v1/events/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter live(
      @RequestParam(required = false) String aggregateType,
      @RequestParam(required = false) List<String> eventType,
      @RequestParam(required = false) String tenantId,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String correlationId,
      @RequestParam(required = false) String after) {
    LiveFilter filter = new LiveFilter(EventParameters.aggregateType(aggregateType), EventParameters.eventTypes(eventType),
        tenantId, actor, correlationId);
    return streams.open(filter, StreamPositions.parse(after, EventTopics.NAMES));
  }

  @ExceptionHandler(LiveStreams.Full.class)
  ResponseEntity<ProblemDetail> full(LiveStreams.Full e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "live-streams-full", "Too many live streams",
            e.getMessage() + "; retry shortly, or read /api/v1/events"));
  }
}

package io.eventdesign.projection.rows;

import io.eventdesign.platform.http.AggregateNotFoundException;
import io.eventdesign.projection.eventlog.EventQueries;
import io.eventdesign.projection.eventlog.EventRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read models against their events (staff and read-only clients): an aggregate's rows beside the fold of
 * their events, drifts flagged by column; an event's rows.
 */
@RestController
class RowsController {

  private final RowChecks checks;
  private final EventQueries events;

  RowsController(RowChecks checks, EventQueries events) {
    this.checks = checks;
    this.events = events;
  }

  @GetMapping("/api/v1/events/aggregates/{type}/{id}/rows")
  RowChecks.AggregateRows rows(@PathVariable String type, @PathVariable String id) {
    RowChecks.AggregateRows rows = checks.check(type, id);
    if (rows.rows().isEmpty() && !events.exists(type, id)) {
      throw new AggregateNotFoundException(type, id);
    }
    return rows;
  }

  @GetMapping("/api/v1/events/{eventId}/rows")
  RowChecks.EventRows rowsOf(@PathVariable String eventId) {
    EventRow event = events.byId(eventId, null).orElseThrow(() -> new AggregateNotFoundException("event", eventId));
    return checks.touchedBy(event);
  }
}

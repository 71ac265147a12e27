package io.eventdesign.projection.eventlog;

import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.TextPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Position in the event log's stable order ({@link #ORDER}: occurred-at, then aggregate and version, then
 * event id), as an opaque token. Pages continue after the cursor, so events recorded meanwhile never
 * shift or repeat a page, and the events of one command (one instant) keep their version order.
 */
public record EventCursor(Instant occurredAt, String aggregateType, String aggregateId, long aggregateVersion,
    String eventId) {

  /** The order of the event list, in SQL over {@code event_log}. */
  public static final String ORDER = "occurred_at, aggregate_type, aggregate_id, aggregate_version, event_id";

  static EventCursor after(EventRow row) {
    return new EventCursor(row.occurredAt(), row.aggregateType(), row.aggregateId(), row.aggregateVersion(), row.eventId());
  }

  public String encode() {
    String raw = occurredAt + "|" + aggregateVersion + "|" + eventId + "|" + aggregateType + "|" + aggregateId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws InvalidRequestException (400 naming {@code cursor}) for a token this API did not issue */
  public static EventCursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 5);   // the aggregate id, last, is taken whole
      if (parts.length != 5) {
        throw new IllegalArgumentException("not a cursor");
      }
      Optional<Instant> occurredAt = InputRules.instant(parts[0]);
      long version = Long.parseLong(parts[1]);
      if (occurredAt.isEmpty() || version < 0 || !identifier(parts[2]) || !identifier(parts[3]) || !identifier(parts[4])) {
        throw new IllegalArgumentException("not a cursor");
      }
      return new EventCursor(occurredAt.get(), parts[3], parts[4], version, parts[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "cursor", "not a cursor returned by this API");
    }
  }

  private static boolean identifier(String text) {
    return !text.isEmpty() && text.length() <= 200 && TextPolicy.violation(text, TextPolicy.Kind.IDENTIFIER).isEmpty();
  }
}

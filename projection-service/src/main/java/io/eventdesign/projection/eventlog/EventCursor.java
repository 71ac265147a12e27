package io.eventdesign.projection.eventlog;

import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.TextPolicy;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Position in the event log's stable order ({@link #ORDER}: occurred-at, then aggregate and version, then
 * event id), or in its reverse, as an opaque token. Pages continue after the cursor, so events recorded
 * meanwhile never shift or repeat a page, and the events of one command (one instant) keep their version
 * order (reversed, newest first). A cursor knows its direction: it continues only the order it came from.
 */
public record EventCursor(Instant occurredAt, String aggregateType, String aggregateId, long aggregateVersion,
    String eventId, boolean newestFirst) {

  /** The order of the event list, in SQL over {@code event_log}. */
  public static final String ORDER = "occurred_at, aggregate_type, aggregate_id, aggregate_version, event_id";
  /** {@link #ORDER} reversed. */
  public static final String NEWEST_FIRST_ORDER =
      "occurred_at DESC, aggregate_type DESC, aggregate_id DESC, aggregate_version DESC, event_id DESC";
  private static final String NEWEST_FIRST_MARK = "newest-first|";

  static EventCursor after(EventRow row, boolean newestFirst) {
    return new EventCursor(row.occurredAt(), row.aggregateType(), row.aggregateId(), row.aggregateVersion(), row.eventId(),
        newestFirst);
  }

  /** The SQL condition of the rows after this cursor in its direction (five parameters, {@link #params}). */
  String condition() {
    return "(" + ORDER + ") " + (newestFirst ? "<" : ">") + " (?, ?, ?, ?, ?)";
  }

  Object[] params() {
    return new Object[] {Timestamp.from(occurredAt), aggregateType, aggregateId, aggregateVersion, eventId};
  }

  public String encode() {
    String raw = (newestFirst ? NEWEST_FIRST_MARK : "")
        + occurredAt + "|" + aggregateVersion + "|" + eventId + "|" + aggregateType + "|" + aggregateId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws InvalidRequestException (400 naming {@code cursor}) for a token this API did not issue */
  public static EventCursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      boolean newestFirst = raw.startsWith(NEWEST_FIRST_MARK);
      String[] parts = raw.substring(newestFirst ? NEWEST_FIRST_MARK.length() : 0).split("\\|", 5);   // the aggregate id, last, is taken whole
      if (parts.length != 5) {
        throw new IllegalArgumentException("not a cursor");
      }
      Optional<Instant> occurredAt = InputRules.instant(parts[0]);
      long version = Long.parseLong(parts[1]);
      if (occurredAt.isEmpty() || version < 0 || !identifier(parts[2]) || !identifier(parts[3]) || !identifier(parts[4])) {
        throw new IllegalArgumentException("not a cursor");
      }
      return new EventCursor(occurredAt.get(), parts[3], parts[4], version, parts[2], newestFirst);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "cursor", "not a cursor returned by this API");
    }
  }

  private static boolean identifier(String text) {
    return !text.isEmpty() && text.length() <= 200 && TextPolicy.violation(text, TextPolicy.Kind.IDENTIFIER).isEmpty();
  }
}

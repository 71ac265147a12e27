package io.eventdesign.projection.eventlog;

import io.eventdesign.platform.http.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.springframework.http.HttpStatus;

/**
 * Position in the event log's stable order (occurred-at, then event id), as an opaque token. Pages
 * continue after the cursor, so events recorded meanwhile never shift or repeat a page.
 */
public record EventCursor(Instant occurredAt, String eventId) {

  public String encode() {
    String raw = occurredAt.toString() + "|" + eventId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws InvalidRequestException (400 naming {@code cursor}) for a token this API did not issue */
  public static EventCursor decode(String token) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      if (bar < 0) {
        throw new IllegalArgumentException("no separator");
      }
      return new EventCursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "cursor", "not a cursor returned by this API");
    }
  }
}

package io.eventdesign.projection.eventlog;

import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.InputRules;
import io.eventdesign.platform.input.TextPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
      String eventId = bar < 0 ? "" : raw.substring(bar + 1);
      var occurredAt = bar < 0 ? java.util.Optional.<Instant>empty() : InputRules.instant(raw.substring(0, bar));
      if (occurredAt.isEmpty() || eventId.isEmpty() || eventId.length() > 200
          || TextPolicy.violation(eventId, TextPolicy.Kind.IDENTIFIER).isPresent()) {
        throw new IllegalArgumentException("not a cursor");
      }
      return new EventCursor(occurredAt.get(), eventId);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "cursor", "not a cursor returned by this API");
    }
  }
}

package io.eventdesign.projection.query;

import io.eventdesign.platform.http.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/** The {@code asOf} query parameter: an ISO-8601 instant. */
public final class AsOf {

  private AsOf() {}

  /** @throws InvalidRequestException (400 naming {@code asOf}) when it is not an instant */
  public static Instant parse(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "asOf", "asOf must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}

package io.eventdesign.projection.query;

import io.eventdesign.platform.input.InputRules;
import java.time.Instant;

/** The {@code asOf} query parameter: an ISO-8601 instant. */
public final class AsOf {

  private AsOf() {}

  /** @throws io.eventdesign.platform.http.InvalidRequestException (400 naming {@code asOf}) when it is not an instant */
  public static Instant parse(String value) {
    return InputRules.instantParameter("asOf", value);
  }
}

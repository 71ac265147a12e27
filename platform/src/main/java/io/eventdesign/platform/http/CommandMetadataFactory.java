package io.eventdesign.platform.http;

import io.eventdesign.platform.command.CommandMetadata;
import io.eventdesign.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Builds command metadata at the REST edge from the request's headers, {@code If-Match} (expected
 * version), {@code Idempotency-Key} and {@code X-Correlation-Id} (generated when absent), and its
 * validated access token: the actor ({@code user:<id>} or {@code service:<client>}) and the user are
 * the token's ({@link Caller}), never a header's.
 */
public final class CommandMetadataFactory {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String CORRELATION_ID = "X-Correlation-Id";

  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final Pattern ETAG = Pattern.compile("\"(\\d{1,18})\"");

  private final Clock clock;

  public CommandMetadataFactory(Clock clock) {
    this.clock = clock;
  }

  public CommandMetadata create(HttpServletRequest request, String aggregateId) {
    Caller caller = Caller.of(request);
    String correlationId = token(request, CORRELATION_ID);
    String commandId = UUID.randomUUID().toString();
    return new CommandMetadata(
        commandId,
        aggregateId,
        expectedVersion(request.getHeader(HttpHeaders.IF_MATCH)),
        token(request, IDEMPOTENCY_KEY),
        caller.actor(),
        caller.userId(),
        caller.isStaff(),   // staff act on customers' aggregates; a customer only on their own
        correlationId == null ? commandId : correlationId,
        null,
        clock.instant());
  }

  /** The idempotency key of the request, validated, or null. */
  public String idempotencyKey(HttpServletRequest request) {
    return token(request, IDEMPOTENCY_KEY);
  }

  /** {@code "7"} -> 7; absent or {@code *} -> null; anything else is a 400 naming If-Match. */
  public static Long expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    var matcher = ETAG.matcher(ifMatch.trim());
    if (!matcher.matches()) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, HttpHeaders.IF_MATCH,
          "If-Match must be a strong ETag of a version, such as \"3\"");
    }
    return Long.parseLong(matcher.group(1));
  }

  private static String token(HttpServletRequest request, String header) {
    String value = request.getHeader(header);
    if (value == null) {
      return null;
    }
    if (!TOKEN.matcher(value).matches()) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, header,
          header + " must be 1 to 255 visible ASCII characters");
    }
    return value;
  }
}

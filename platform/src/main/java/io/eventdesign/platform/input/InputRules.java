package io.eventdesign.platform.input;

import io.eventdesign.platform.http.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Shapes of scalar input shared by every service: instants and decimal integers. */
public final class InputRules {

  /** The earliest instant accepted anywhere (PostgreSQL, Avro and Java all hold it). */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant accepted anywhere. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
  public static final String INSTANT_FORMAT =
      "an ISO-8601 instant such as 2026-01-31T12:00:00Z, between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");

  private InputRules() {}

  /** An ISO-8601 instant within [{@link #EARLIEST}, {@link #LATEST}], or empty. */
  /** What an aggregate id looks like: a lower-case UUID (for {@code @Pattern} on request fields). */
  public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  public static Optional<Instant> instant(String text) {
    if (text == null || text.length() > 64) {
      return Optional.empty();
    }
    try {
      Instant instant = Instant.parse(text);
      return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The instant of a query parameter.
   *
   * @throws InvalidRequestException (400 naming the parameter) when it is not {@link #INSTANT_FORMAT}
   */
  public static Instant instantParameter(String parameter, String value) {
    return instant(value).orElseThrow(() ->
        new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter, parameter + " must be " + INSTANT_FORMAT));
  }

  /**
   * The enum constant named exactly {@code value} (no trimming, no other case).
   *
   * @throws InvalidRequestException (400 naming the parameter) for any other value
   */
  public static <E extends Enum<E>> E constant(String parameter, String value, Class<E> type) {
    return exactConstant(type, value).orElseThrow(() -> new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter,
        parameter + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
  }

  /** The constant of {@code type} named exactly {@code name}, or empty. */
  static <T> Optional<T> exactConstant(Class<T> type, String name) {
    return java.util.Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst();
  }

  /**
   * An e-mail address given as a query parameter, in its {@link Emails#canonical canonical form}, so that
   * a search finds an address however it is spelled; null stays null.
   *
   * @throws InvalidRequestException (400 naming the parameter) when it is not an e-mail address
   */
  public static String emailParameter(String parameter, String value) {
    if (value == null) {
      return null;
    }
    return Emails.canonical(value).orElseThrow(() ->
        new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter, parameter + " must be an e-mail address"));
  }

  /** A plain decimal integer (optional minus sign, digits only, at most 18 of them), or empty. */
  public static Optional<Long> decimal(String text) {
    return text != null && DECIMAL.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
  }
}

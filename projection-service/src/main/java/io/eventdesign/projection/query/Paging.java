package io.eventdesign.projection.query;

import io.eventdesign.platform.http.InvalidRequestException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** Offset paging and filter validation for the query API. */
public final class Paging {

  public static final int MAX_SIZE = 100;

  /** One page of results and the total count. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  private Paging() {}

  /** @throws InvalidRequestException (400 naming the parameter) for a negative page or a size outside 1..100 */
  public static void validate(int page, int size) {
    if (page < 0) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "size", "size must be between 1 and " + MAX_SIZE);
    }
  }

  /** @throws InvalidRequestException (400 naming the parameter) when {@code value} is set and not allowed */
  public static void requireOneOf(String parameter, String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw new InvalidRequestException(HttpStatus.BAD_REQUEST, parameter,
          parameter + " must be one of " + allowed.stream().sorted().toList());
    }
  }
}

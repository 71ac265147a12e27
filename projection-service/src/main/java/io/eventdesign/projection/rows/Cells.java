package io.eventdesign.projection.rows;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * One comparable, JSON-friendly form of a table cell, whether it was read from PostgreSQL or computed by a
 * read model's writer: instants at PostgreSQL's microseconds, numbers without trailing zeros, arrays as lists.
 */
final class Cells {

  private Cells() {}

  static Object normalize(Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp timestamp -> instant(timestamp.toInstant());
      case Instant instant -> instant(instant);
      case Array array -> list(array);
      case Object[] items -> Arrays.stream(items).map(Cells::normalize).toList();
      case List<?> items -> items.stream().map(Cells::normalize).toList();
      case BigDecimal number -> number.stripTrailingZeros();
      case Number number -> new BigDecimal(number.toString()).stripTrailingZeros();
      case Boolean flag -> flag;
      default -> value.toString();
    };
  }

  private static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static List<Object> list(Array array) {
    try {
      return Arrays.stream((Object[]) array.getArray()).map(Cells::normalize).toList();
    } catch (SQLException e) {
      throw new IllegalStateException("could not read an array cell", e);
    }
  }
}

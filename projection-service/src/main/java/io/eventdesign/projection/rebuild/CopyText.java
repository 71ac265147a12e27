package io.eventdesign.projection.rebuild;

import java.sql.Timestamp;
import java.util.HexFormat;

/** Rows in PostgreSQL's COPY text format: tab-separated columns, {@code \N} for null, backslash escapes. */
final class CopyText {

  private static final HexFormat HEX = HexFormat.of();

  private CopyText() {}

  /** Appends one row, ended by a newline; see {@link io.eventdesign.projection.sink.BulkLoadableTableWriter#row} for the value types. */
  static void appendRow(StringBuilder out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, row[i]);
    }
    out.append('\n');
  }

  private static void appendValue(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("\\N");
      case String text -> appendEscaped(out, text);
      case Number number -> out.append(number);
      case Boolean bool -> out.append(bool ? 't' : 'f');
      case Timestamp timestamp -> out.append(timestamp.toInstant());
      // bytea's hex input "\x..." with its backslash escaped for COPY
      case byte[] bytes -> out.append("\\\\x").append(HEX.formatHex(bytes));
      case String[] array -> appendEscaped(out, arrayLiteral(array));
      default -> throw new IllegalArgumentException("no COPY text form for " + value.getClass().getName());
    }
  }

  /** PostgreSQL's array input form, every element quoted (so commas, braces, spaces and NULL stay text). */
  static String arrayLiteral(String[] elements) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < elements.length; i++) {
      if (i > 0) {
        literal.append(',');
      }
      if (elements[i] == null) {
        literal.append("NULL");
      } else {
        literal.append('"').append(elements[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return literal.append('}').toString();
  }

  /** Copies runs without special characters in one append each (most values have none at all). */
  private static void appendEscaped(StringBuilder out, String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      String escape = switch (text.charAt(i)) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
      if (escape != null) {
        out.append(text, run, i).append(escape);
        run = i + 1;
      }
    }
    out.append(text, run, text.length());
  }
}

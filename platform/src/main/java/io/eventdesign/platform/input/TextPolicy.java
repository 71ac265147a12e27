package io.eventdesign.platform.input;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one text policy of every string a client sends (bodies, path segments, query parameters):
 *
 * <ul>
 *   <li>well-formed Unicode: no unpaired surrogates, no noncharacters (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF);</li>
 *   <li>no control characters: NUL and the rest of C0 (U+0000..U+001F), DEL (U+007F) and C1
 *       (U+0080..U+009F), except LF, CR and TAB in {@link Kind#MULTILINE} fields;</li>
 *   <li>no line or paragraph separators (U+2028, U+2029) outside {@link Kind#MULTILINE} fields;</li>
 *   <li>{@link Kind#IDENTIFIER} and {@link Kind#EMAIL}: no whitespace and no invisible format characters
 *       (zero-width spaces and joiners, byte-order marks, bidirectional controls, soft hyphens: Unicode
 *       category Cf);</li>
 *   <li>stored normalized: Unicode NFC, surrounding whitespace removed; a value blank after that is
 *       refused, never stored as empty (omit an optional field instead).</li>
 * </ul>
 *
 * Invalid UTF-8 never reaches this policy: the JSON parser and the URL decoder refuse it first.
 */
public final class TextPolicy {

  /** What a string field holds, which decides the characters it may contain. */
  public enum Kind {
    /** One line of text: names, reasons, URLs (the default of every string field). */
    LINE,
    /** Text that may span lines: LF, CR and TAB allowed. */
    MULTILINE,
    /** A code, key, token or id: visible characters only. */
    IDENTIFIER,
    /** An e-mail address: as {@link #IDENTIFIER}, and stored in its {@link Emails#canonical canonical form}. */
    EMAIL
  }

  private TextPolicy() {}

  /** Why {@code value} breaks the policy for {@code kind}, or empty when it keeps it. */
  public static Optional<String> violation(String value, Kind kind) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, value.charAt(++i));
          if (isNoncharacter(codePoint)) {
            return Optional.of("contains the noncharacter " + hex(codePoint));
          }
          continue;
        }
        return Optional.of("contains an unpaired surrogate " + hex(c) + " (not valid Unicode)");
      }
      Optional<String> refused = refusal(c, kind);
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> refusal(char c, Kind kind) {
    if (c == 0) {
      return Optional.of("contains NUL (U+0000)");
    }
    if (isControl(c)) {
      return kind == Kind.MULTILINE && (c == '\n' || c == '\r' || c == '\t') ? Optional.empty()
          : Optional.of("contains the control character " + hex(c));
    }
    if (isNoncharacter(c)) {
      return Optional.of("contains the noncharacter " + hex(c));
    }
    if ((c == '\u2028' || c == '\u2029') && kind != Kind.MULTILINE) {
      return Optional.of("contains the line separator " + hex(c));
    }
    if (kind == Kind.IDENTIFIER || kind == Kind.EMAIL) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return Optional.of("contains whitespace " + hex(c));
      }
      if (Character.getType(c) == Character.FORMAT) {
        return Optional.of("contains the invisible character " + hex(c));
      }
    }
    return Optional.empty();
  }

  /** The stored form of a value that keeps the policy: NFC, surrounding whitespace removed (may be empty). */
  public static String normalize(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC).strip();
  }

  static boolean isControl(int c) {
    return c <= 0x1F || c >= 0x7F && c <= 0x9F;
  }

  private static boolean isNoncharacter(int codePoint) {
    return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
  }

  private static String hex(int codePoint) {
    return String.format("U+%04X", codePoint);
  }
}

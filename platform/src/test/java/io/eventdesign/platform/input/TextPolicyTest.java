package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.input.TextPolicy.Kind;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextPolicyTest {

  @Test
  void everyControlCharacterIsRefusedInALineAndOnlyLineBreaksAndTabsAreAllowedInMultilineText() {
    IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F)).forEach(c -> {
      String value = "a" + (char) c + "b";
      assertThat(TextPolicy.violation(value, Kind.LINE)).as("U+%04X", c).isPresent();
      assertThat(TextPolicy.violation(value, Kind.IDENTIFIER)).as("U+%04X", c).isPresent();
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      assertThat(TextPolicy.violation(value, Kind.MULTILINE).isPresent()).as("U+%04X", c).isEqualTo(!lineBreak);
    });
    assertThat(TextPolicy.violation("Ada\u0000", Kind.LINE)).contains("contains NUL (U+0000)");
  }

  @Test
  void unpairedSurrogatesAndNoncharactersAreRefusedEverywhere() {
    for (Kind kind : Kind.values()) {
      assertThat(TextPolicy.violation("a\uD800b", kind)).as(kind.name()).get().asString().contains("unpaired surrogate");
      assertThat(TextPolicy.violation("a\uDC00", kind)).as(kind.name()).isPresent();
      assertThat(TextPolicy.violation("\uD83D", kind)).as(kind.name()).isPresent();
      assertThat(TextPolicy.violation("a\uFFFE", kind)).as(kind.name()).isPresent();
      assertThat(TextPolicy.violation("a\uFDD0", kind)).as(kind.name()).isPresent();
      assertThat(TextPolicy.violation("a\uD83F\uDFFF", kind)).as(kind.name()).isPresent(); // U+1FFFF
    }
  }

  @Test
  void lineSeparatorsBelongOnlyToMultilineText() {
    assertThat(TextPolicy.violation("a\u2028b", Kind.LINE)).isPresent();
    assertThat(TextPolicy.violation("a\u2029b", Kind.IDENTIFIER)).isPresent();
    assertThat(TextPolicy.violation("a\u2028b", Kind.MULTILINE)).isEmpty();
  }

  @Test
  void identifiersRefuseWhitespaceAndInvisibleCharactersThatTextMayHold() {
    for (String invisible : new String[] {"\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u2066", "\u00A0", " "}) {
      assertThat(TextPolicy.violation("LOGO" + invisible + "1", Kind.IDENTIFIER)).as("%04X", (int) invisible.charAt(0))
          .isPresent();
      assertThat(TextPolicy.violation("LOGO" + invisible + "1", Kind.EMAIL)).isPresent();
    }
    assertThat(TextPolicy.violation("Zoë 👩‍💻 Δ", Kind.LINE)).isEmpty();
    assertThat(TextPolicy.violation("👩‍💻", Kind.IDENTIFIER)).isPresent(); // a zero-width joiner
  }

  @Test
  void ordinaryTextOfEveryScriptKeepsThePolicy() {
    for (String text : new String[] {"Ada Lovelace", "Zoë Ünal", "山田太郎", "محمد", "Ꭰ", "🎨 studio", "a\"b\\c'd"}) {
      assertThat(TextPolicy.violation(text, Kind.LINE)).as(text).isEmpty();
    }
  }

  @Test
  void normalizingComposesAndTrims() {
    assertThat(TextPolicy.normalize("  Zoe\u0308 \n")).isEqualTo("Zoë");
    assertThat(TextPolicy.normalize(" \t ")).isEmpty();
  }
}

package io.eventdesign.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  private static String row(Object... values) {
    StringBuilder out = new StringBuilder();
    CopyText.appendRow(out, values);
    return out.toString();
  }

  @Test
  void columnsAreTabSeparatedAndTheRowEndsWithANewline() {
    assertThat(row("a", 7, 8L, true)).isEqualTo("a\t7\t8\tt\n");
  }

  @Test
  void nullIsBackslashN() {
    assertThat(row("a", null)).isEqualTo("a\t\\N\n");
  }

  @Test
  void backslashesTabsAndLineBreaksInTextAreEscapedSoTheyCannotEndAColumnOrRow() {
    assertThat(row("a\\b\tc\nd\re \"é\" \\N")).isEqualTo("a\\\\b\\tc\\nd\\re \"é\" \\\\N\n");
  }

  @Test
  void bytesAreByteaHexWithTheBackslashEscaped() {
    assertThat(row((Object) new byte[] {0x00, 0x7f, (byte) 0xff})).isEqualTo("\\\\x007fff\n");
  }

  @Test
  void timestampsAreIsoInstantsInUtc() {
    assertThat(row(Timestamp.from(Instant.parse("2026-11-28T06:18:16.123456Z")))).isEqualTo("2026-11-28T06:18:16.123456Z\n");
  }

  @Test
  void textArraysQuoteEveryElementSoSeparatorsBracesAndNullStayText() {
    assertThat(row((Object) new String[] {"STAFF", "a,b", "{x}", "NULL", "q\"uote", "back\\slash"}))
        .isEqualTo("{\"STAFF\",\"a,b\",\"{x}\",\"NULL\",\"q\\\\\"uote\",\"back\\\\\\\\slash\"}\n");
    assertThat(row((Object) new String[] {})).isEqualTo("{}\n");
  }

  @Test
  void aValueWithoutACopyFormIsRefused() {
    assertThatThrownBy(() -> row(new Object())).isInstanceOf(IllegalArgumentException.class);
  }
}

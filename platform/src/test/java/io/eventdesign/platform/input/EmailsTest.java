package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailsTest {

  @Test
  void spellingsOfOneAddressHaveOneCanonicalForm() {
    for (String spelling : new String[] {"ada@example.com", "Ada@Example.COM", "  ADA@EXAMPLE.COM ",
        "\uFF41da@example.com", "ada@EXAMPLE.com"}) {
      assertThat(Emails.canonical(spelling)).as(spelling).contains("ada@example.com");
    }
    assertThat(Emails.canonical("zoë@bücher.de")).contains("zoë@xn--bcher-kva.de");
    assertThat(Emails.canonical("zoe\u0308@BÜCHER.de")).contains("zoë@xn--bcher-kva.de");
    assertThat(Emails.canonical("zoë@xn--bcher-kva.de")).contains("zoë@xn--bcher-kva.de");
  }

  @Test
  void addressesWithInvisibleControlOrMalformedPartsAreRefused() {
    for (String bad : new String[] {"ada\u200B@example.com", "ada@exa\u200Bmple.com", "\uFEFFada@example.com",
        "ada\u0000@example.com", "ada@example.com\u0000", "\u001Fada@example.com", "ada\n@example.com",
        "ada @example.com", "ada@example", "ada@@example.com", "@example.com", "ada@", "ada@.example.com",
        "ada@example..com", "ada@example.com.", ".ada@example.com", "ada.@example.com", "a..da@example.com",
        "\"ada\"@example.com", "ada@-example.com", "ada@example.123", "ada@exam_ple.com", "a\uD800@example.com",
        "x".repeat(65) + "@example.com", "ada@" + "x".repeat(250) + ".com", "", " ", "ada(comment)@example.com"}) {
      assertThat(Emails.canonical(bad)).as(bad).isEmpty();
    }
    assertThat(Emails.canonical(null)).isEmpty();
  }

  @Test
  void ordinaryAddressesAreAccepted() {
    for (String good : new String[] {"o'brien+tag@example.co.uk", "first.last@sub.example.org", "x@a1.io",
        "山田@例え.jp"}) {
      assertThat(Emails.canonical(good)).as(good).isPresent();
      assertThat(Emails.isCanonical(Emails.canonical(good).get())).isTrue();
    }
    assertThat(Emails.isCanonical("Ada@example.com")).isFalse();
  }
}

package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.http.InvalidRequestException;
import io.eventdesign.platform.input.TextPolicy.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTextTest {

  record Inner(@Text(Kind.IDENTIFIER) String code) {}

  record Body(String name, @Text(Kind.MULTILINE) String notes, @Text(Kind.EMAIL) String email,
      @Text(Kind.IDENTIFIER) List<String> tags, Inner inner, Long amount, Instant at) {}

  @Test
  void stringsAreNormalizedAndAddressesCanonical() {
    Body body = RequestText.normalize(new Body("  Zoe\u0308 ", "line one\nline two\n", " ADA@Example.COM ",
        List.of(" bold "), new Inner("X-1"), 5L, Instant.EPOCH));

    assertThat(body).isEqualTo(new Body("Zoë", "line one\nline two", "ada@example.com", List.of("bold"), new Inner("X-1"),
        5L, Instant.EPOCH));
  }

  @Test
  void everyOffendingFieldIsNamedAtOnce() {
    assertThatThrownBy(() -> RequestText.normalize(new Body("Ada\u0000", "ok\u0007", "ada\u200b@example.com",
        List.of("ok", "a b"), new Inner("\uFEFFX"), null, null)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("name", "notes", "email", "tags[1]", "inner.code"));
    assertThatThrownBy(() -> RequestText.normalize(new Body("  ", null, null, null, null, null, null)))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors().getFirst().message())
            .contains("blank"));
  }

  record Loose(Map<String, String> anything) {}

  @Test
  void aBodyTheWalkerCannotReachFailsLoudly() {
    assertThatThrownBy(() -> RequestText.normalize(new Loose(Map.of("k", "v\u0000"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("anything");
  }
}

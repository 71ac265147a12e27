package io.eventdesign.platform.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

  enum Role { CUSTOMER, ADMIN }

  record Body(String name, Role role, Long amount, Boolean flag, Instant at, List<String> options) {}

  private final JsonMapper json = strict();

  private static JsonMapper strict() {
    JsonMapper.Builder builder = JsonMapper.builder();
    new StrictJson().customize(builder);
    return builder.build();
  }

  @Test
  void exactValuesAreRead() {
    Body body = json.readValue("""
        {"name":"Ada","role":"ADMIN","amount":5,"flag":true,"at":"2026-01-31T12:00:00Z","options":["a"]}""", Body.class);
    assertThat(body).isEqualTo(new Body("Ada", Role.ADMIN, 5L, true, Instant.parse("2026-01-31T12:00:00Z"), List.of("a")));
  }

  @Test
  void everyLenientReadingIsRefused() {
    List<String> accepted = new java.util.ArrayList<>();
    for (String lenient : new String[] {
        "{\"role\":3}", "{\"role\":\"3\"}", "{\"role\":\" ADMIN\"}", "{\"role\":\"ADMIN \"}", "{\"role\":\"admin\"}",
        "{\"role\":\"ADMIN\\u0000\"}", "{\"role\":\"\"}",
        "{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":12}", "{\"name\":1.5}", "{\"name\":true}", "{\"name\":{}}",
        "{\"name\":[\"a\"]}",
        "{\"amount\":\"5\"}", "{\"amount\":5.5}", "{\"amount\":5.0}", "{\"amount\":true}", "{\"amount\":1e3}",
        "{\"flag\":\"true\"}", "{\"flag\":1}",
        "{\"at\":1767225600}", "{\"at\":\"+100000-01-01T00:00:00Z\"}", "{\"at\":\"-0001-01-01T00:00:00Z\"}",
        "{\"at\":\"2026-13-01T00:00:00Z\"}", "{\"at\":\"\"}",
        "{\"options\":\"a\"}", "{\"unknown\":1}", "{\"Name\":\"a\"}", "{} {}", "{\"name\":\"a\"} x", "[]", "\"x\""}) {
      try {
        accepted.add(lenient + " -> " + json.readValue(lenient, Body.class));
      } catch (JacksonException refused) {
        // as it must be
      }
    }
    assertThat(accepted).isEmpty();
  }
}

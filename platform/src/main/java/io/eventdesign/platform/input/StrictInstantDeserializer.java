package io.eventdesign.platform.input;

import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Instants in bodies: ISO-8601 strings only (no epoch numbers), within {@link InputRules#instant}'s range. */
final class StrictInstantDeserializer extends StdScalarDeserializer<Instant> {

  StrictInstantDeserializer() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return (Instant) context.handleUnexpectedToken(Instant.class, parser);
    }
    String text = parser.getString();
    return InputRules.instant(text).orElseGet(() ->
        (Instant) context.handleWeirdStringValue(Instant.class, text, "not " + InputRules.INSTANT_FORMAT));
  }
}

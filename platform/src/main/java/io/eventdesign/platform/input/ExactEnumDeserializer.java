package io.eventdesign.platform.input;

import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Enums in bodies: a JSON string that is exactly a constant's name. Jackson's own reader also accepts
 * the name with surrounding whitespace (it trims on a miss), which would let {@code " ADMIN\u0000"}
 * grant a role.
 */
final class ExactEnumDeserializer extends StdScalarDeserializer<Object> {

  /** Puts this reader in place of Jackson's for every enum. */
  static final class Modifier extends ValueDeserializerModifier {
    @Override
    public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
        BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
      return new ExactEnumDeserializer(type.getRawClass());
    }
  }

  private ExactEnumDeserializer(Class<?> type) {
    super(type);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object deserialize(JsonParser parser, DeserializationContext context) {
    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
      return context.handleUnexpectedToken(handledType(), parser);
    }
    String name = parser.getString();
    return InputRules.exactConstant((Class<Object>) handledType(), name).orElseGet(() -> context.handleWeirdStringValue(handledType(),
        name, "not one of " + Arrays.toString(handledType().getEnumConstants())));
  }
}

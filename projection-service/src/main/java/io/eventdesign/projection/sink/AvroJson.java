package io.eventdesign.projection.sink;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Plain JSON of an Avro record (field names as in the schema, timestamps as ISO-8601), for the event log. */
public final class AvroJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  /** Every field of {@code record} except those named in {@code skipped}. */
  public static ObjectNode toJson(GenericRecord record, String... skipped) {
    ObjectNode node = NODES.objectNode();
    for (Schema.Field field : record.getSchema().getFields()) {
      if (!java.util.List.of(skipped).contains(field.name())) {
        node.set(field.name(), value(record.get(field.pos())));
      }
    }
    return node;
  }

  private static JsonNode value(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case GenericRecord record -> toJson(record);
      case CharSequence text -> NODES.textNode(text.toString());
      case Instant instant -> NODES.textNode(instant.toString());
      case Boolean bool -> NODES.booleanNode(bool);
      case Integer number -> NODES.numberNode(number);
      case Long number -> NODES.numberNode(number);
      case Float number -> NODES.numberNode(number);
      case Double number -> NODES.numberNode(number);
      case ByteBuffer bytes -> NODES.textNode(Base64.getEncoder().encodeToString(bytes.array()));
      case Map<?, ?> map -> {
        ObjectNode object = NODES.objectNode();
        map.forEach((k, v) -> object.set(k.toString(), value(v)));
        yield object;
      }
      case Collection<?> items -> {
        var array = NODES.arrayNode();
        items.forEach(item -> array.add(value(item)));
        yield array;
      }
      default -> NODES.textNode(value.toString());
    };
  }
}

package io.eventdesign.projection.eventlog;

import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A readable example value for an Avro schema, for the type catalogue. */
public final class SchemaExamples {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaExamples() {}

  public static JsonNode of(Schema schema) {
    return switch (schema.getType()) {
      case RECORD -> {
        ObjectNode record = NODES.objectNode();
        schema.getFields().forEach(field -> record.set(field.name(), of(field.schema())));
        yield record;
      }
      case UNION -> of(schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst()
          .orElse(schema.getTypes().getFirst()));
      case ARRAY -> NODES.arrayNode().add(of(schema.getElementType()));
      case MAP -> NODES.objectNode().set("key", of(schema.getValueType()));
      case STRING, ENUM -> NODES.textNode(schema.getType() == Schema.Type.ENUM ? schema.getEnumSymbols().getFirst() : "string");
      case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
          ? NODES.textNode("2026-01-01T00:00:00Z") : NODES.numberNode(1L);
      case INT -> NODES.numberNode(1);
      case FLOAT, DOUBLE -> NODES.numberNode(1.0);
      case BOOLEAN -> NODES.booleanNode(true);
      case BYTES, FIXED -> NODES.textNode("base64");
      case NULL -> NODES.nullNode();
    };
  }
}

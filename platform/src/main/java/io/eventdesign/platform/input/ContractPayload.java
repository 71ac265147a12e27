package io.eventdesign.platform.input;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.platform.http.FieldError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON payload of a contract event type (every field but the envelope), read strictly against the
 * type's Avro schema, so that an event posted from outside is validated by the contract itself:
 *
 * <ul>
 *   <li>a JSON object; a field the schema does not name is refused; a field that is not optional
 *       ({@code ["null", ...]}) is required;</li>
 *   <li>{@code string}: a JSON string keeping the {@link TextPolicy} of its {@code text} property
 *       ({@code LINE} by default, {@code MULTILINE}, {@code IDENTIFIER}), stored normalized, at most
 *       {@code maxLength} code points ({@value #DEFAULT_MAX_LENGTH} when the schema names none); with
 *       {@code format: uuid} a lower-case UUID; with {@code allowed} exactly one of those values;</li>
 *   <li>{@code int}, {@code long}: a JSON integer in range, within {@code minimum} and {@code maximum} when given;</li>
 *   <li>{@code long} of logical type {@code timestamp-millis}: an ISO-8601 instant (a JSON string), kept to the millisecond;</li>
 *   <li>{@code boolean}: a JSON boolean.</li>
 * </ul>
 *
 * Every offending field is reported at once, named {@code payload.<field>}. A schema using anything else
 * cannot take posted payloads ({@link #check}).
 */
public final class ContractPayload {

  static final int DEFAULT_MAX_LENGTH = 500;
  private static final Pattern UUID = Pattern.compile(InputRules.UUID);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ENVELOPE = "envelope";

  /**
   * A payload read against its type: the normalized payload (fields in schema order, absent optional
   * fields left out) or why it was refused.
   */
  public record Read(ObjectNode payload, List<FieldError> errors) {

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private ContractPayload() {}

  /** Reads {@code payload} as {@code type}'s; errors are named {@code <path>.<field>}. */
  public static Read read(ContractType type, JsonNode payload, String path) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode normalized = JsonNodeFactory.instance.objectNode();
    if (payload == null || !payload.isObject()) {
      return new Read(normalized, List.of(new FieldError(path, "must be a JSON object with the fields of " + type.name())));
    }
    List<Schema.Field> fields = payloadFields(type.schema());
    for (String name : payload.propertyNames()) {
      if (fields.stream().noneMatch(field -> field.name().equals(name))) {
        errors.add(new FieldError(path + "." + name, "is not a field of " + type.name()));
      }
    }
    for (Schema.Field field : fields) {
      JsonNode value = payload.get(field.name());
      String at = path + "." + field.name();
      if (value == null || value.isNull()) {
        if (!optional(field.schema())) {
          errors.add(new FieldError(at, "is required"));
        }
        continue;
      }
      read(valueSchema(field.schema()), value, at, errors).ifPresent(read -> normalized.set(field.name(), read));
    }
    return new Read(normalized, List.copyOf(errors));
  }

  /** The same, from the payload's JSON text (as a command carries it). */
  public static Read read(ContractType type, String payloadJson, String path) {
    JsonNode payload;
    try {
      payload = JSON.readTree(payloadJson);
    } catch (RuntimeException e) {
      return new Read(JsonNodeFactory.instance.objectNode(), List.of(new FieldError(path, "is not JSON")));
    }
    return read(type, payload, path);
  }

  /** The contract record of {@code type} with {@code envelope} and a payload {@link #read} accepted. */
  public static SpecificRecord toRecord(ContractType type, ObjectNode payload, Envelope envelope) {
    SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, type.schema());
    record.put(type.schema().getField(ENVELOPE).pos(), envelope);
    for (Schema.Field field : payloadFields(type.schema())) {
      JsonNode value = payload.get(field.name());
      record.put(field.pos(), value == null || value.isNull() ? null : avroValue(valueSchema(field.schema()), value));
    }
    return record;
  }

  /** @throws IllegalArgumentException when {@code type}'s payload uses a shape posted payloads cannot take */
  public static void check(ContractType type) {
    if (type.schema().getField(ENVELOPE) == null) {
      throw new IllegalArgumentException(type.name() + " has no envelope: not an event type");
    }
    for (Schema.Field field : payloadFields(type.schema())) {
      Schema schema = field.schema();
      if (schema.getType() == Schema.Type.UNION && !optional(schema)) {
        throw new IllegalArgumentException(type.name() + "." + field.name() + ": only [\"null\", X] unions");
      }
      switch (valueSchema(schema).getType()) {
        case STRING, INT, LONG, BOOLEAN -> { }
        default -> throw new IllegalArgumentException(type.name() + "." + field.name() + ": a "
            + valueSchema(schema).getType() + " cannot be posted (string, int, long, timestamp-millis or boolean)");
      }
    }
  }

  private static List<Schema.Field> payloadFields(Schema schema) {
    return schema.getFields().stream().filter(field -> !field.name().equals(ENVELOPE)).toList();
  }

  private static boolean optional(Schema schema) {
    return schema.getType() == Schema.Type.UNION && schema.getTypes().size() == 2
        && schema.getTypes().getFirst().getType() == Schema.Type.NULL;
  }

  private static Schema valueSchema(Schema schema) {
    return optional(schema) ? schema.getTypes().get(1) : schema;
  }

  private static Optional<JsonNode> read(Schema schema, JsonNode value, String at, List<FieldError> errors) {
    return switch (schema.getType()) {
      case STRING -> text(schema, value, at, errors);
      case INT, LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
          ? instant(value, at, errors) : integer(schema, value, at, errors);
      case BOOLEAN -> value.isBoolean() ? Optional.of(value) : refuse(errors, at, "must be true or false");
      default -> refuse(errors, at, "cannot be posted");
    };
  }

  private static Optional<JsonNode> text(Schema schema, JsonNode value, String at, List<FieldError> errors) {
    if (!value.isString()) {
      return refuse(errors, at, "must be a JSON string");
    }
    TextPolicy.Kind kind = textKind(schema, at);
    String raw = value.stringValue();
    Optional<String> violation = TextPolicy.violation(raw, kind == TextPolicy.Kind.MULTILINE ? kind : TextPolicy.Kind.LINE);
    String normalized = TextPolicy.normalize(raw);
    if (violation.isEmpty() && kind != TextPolicy.Kind.MULTILINE) {
      violation = TextPolicy.violation(normalized, kind);
    }
    if (violation.isPresent()) {
      return refuse(errors, at, violation.get());
    }
    if (normalized.isEmpty()) {
      return refuse(errors, at, "must not be blank (omit an optional field instead)");
    }
    int maxLength = intProperty(schema, "maxLength").orElse(DEFAULT_MAX_LENGTH);
    if (normalized.codePointCount(0, normalized.length()) > maxLength) {
      return refuse(errors, at, "must be at most " + maxLength + " characters");
    }
    if ("uuid".equals(schema.getProp("format")) && !UUID.matcher(normalized).matches()) {
      return refuse(errors, at, "must be a lower-case UUID");
    }
    List<String> allowed = allowed(schema);
    if (!allowed.isEmpty() && !allowed.contains(normalized)) {
      return refuse(errors, at, "must be one of " + allowed);
    }
    return Optional.of(JsonNodeFactory.instance.stringNode(normalized));
  }

  private static Optional<JsonNode> integer(Schema schema, JsonNode value, String at, List<FieldError> errors) {
    boolean fits = value.isIntegralNumber() && (schema.getType() == Schema.Type.INT ? value.canConvertToInt() : value.canConvertToLong());
    if (!fits) {
      return refuse(errors, at, "must be a whole number" + (schema.getType() == Schema.Type.INT ? " (32-bit)" : " (64-bit)"));
    }
    long number = value.longValue();
    Optional<Integer> minimum = intProperty(schema, "minimum");
    Optional<Integer> maximum = intProperty(schema, "maximum");
    if (minimum.isPresent() && number < minimum.get() || maximum.isPresent() && number > maximum.get()) {
      return refuse(errors, at, "must be between " + minimum.map(String::valueOf).orElse("any") + " and "
          + maximum.map(String::valueOf).orElse("any"));
    }
    return Optional.of(schema.getType() == Schema.Type.INT
        ? JsonNodeFactory.instance.numberNode((int) number) : JsonNodeFactory.instance.numberNode(number));
  }

  private static Optional<JsonNode> instant(JsonNode value, String at, List<FieldError> errors) {
    Optional<Instant> instant = value.isString() ? InputRules.instant(value.stringValue()) : Optional.empty();
    if (instant.isEmpty()) {
      return refuse(errors, at, "must be an instant such as " + InputRules.INSTANT_FORMAT);
    }
    return Optional.of(JsonNodeFactory.instance.stringNode(instant.get().truncatedTo(ChronoUnit.MILLIS).toString()));
  }

  private static Object avroValue(Schema schema, JsonNode value) {
    return switch (schema.getType()) {
      case STRING -> value.stringValue();
      case INT -> value.intValue();
      case LONG -> schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
          ? Instant.parse(value.stringValue()) : value.longValue();
      case BOOLEAN -> value.booleanValue();
      default -> throw new IllegalArgumentException("cannot be posted: " + schema.getType());
    };
  }

  private static TextPolicy.Kind textKind(Schema schema, String at) {
    String kind = schema.getProp("text");
    try {
      return kind == null ? TextPolicy.Kind.LINE : TextPolicy.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the contract names an unknown text kind " + kind + " at " + at, e);
    }
  }

  private static Optional<Integer> intProperty(JsonProperties schema, String name) {
    return schema.getObjectProp(name) instanceof Number number ? Optional.of(number.intValue()) : Optional.empty();
  }

  private static List<String> allowed(Schema schema) {
    return schema.getObjectProp("allowed") instanceof List<?> values
        ? values.stream().map(String::valueOf).toList() : List.of();
  }

  private static Optional<JsonNode> refuse(List<FieldError> errors, String at, String message) {
    errors.add(new FieldError(at, message));
    return Optional.empty();
  }
}

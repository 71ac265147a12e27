package io.eventdesign.platform.input;

import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.http.InvalidRequestException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the {@link TextPolicy} to every string of a request body: the body's records are walked
 * (nested records and lists too), each string is checked against its field's {@link Text kind} and
 * replaced by its normalized form (e-mail addresses by their canonical form). Every offending field
 * is reported at once; the body is refused as a whole.
 */
public final class RequestText {

  private RequestText() {}

  /**
   * The body with every string normalized.
   *
   * @throws InvalidRequestException (422 naming each offending field) when a string breaks the policy
   */
  @SuppressWarnings("unchecked")
  public static <T> T normalize(T body) {
    List<FieldError> errors = new ArrayList<>();
    Object normalized = value(body, TextPolicy.Kind.LINE, "", errors);
    if (!errors.isEmpty()) {
      throw InvalidRequestException.validation(errors);
    }
    return (T) normalized;
  }

  private static Object value(Object value, TextPolicy.Kind kind, String path, List<FieldError> errors) {
    return switch (value) {
      case String text -> text(text, kind, path.isEmpty() ? "body" : path, errors);
      case List<?> list -> {
        List<Object> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
          items.add(value(list.get(i), kind, path + "[" + i + "]", errors));
        }
        yield items;
      }
      case Record record -> record(record, path, errors);
      case Number number -> number;
      case Boolean bool -> bool;
      case Enum<?> constant -> constant;
      case java.time.temporal.TemporalAccessor time -> time;
      // a contract payload: its controller reads it with ContractPayload, which applies this policy with the
      // text kinds the contract's schema names
      case tools.jackson.databind.JsonNode payload -> payload;
      case null -> null;
      default -> throw new IllegalStateException("request bodies are records of strings, numbers, booleans, enums, "
          + "instants, lists, records and contract payloads, so that the text policy reaches every string; " + path + " is a "
          + value.getClass().getName());
    };
  }

  private static Object record(Record record, String path, List<FieldError> errors) {
    Shape shape = SHAPES.get(record.getClass());
    Object[] values = new Object[shape.accessors().length];
    for (int i = 0; i < values.length; i++) {
      String field = path.isEmpty() ? shape.names()[i] : path + "." + shape.names()[i];
      values[i] = value(invoke(shape.accessors()[i], record), shape.kinds()[i], field, errors);
    }
    return invoke(shape.constructor(), values);
  }

  /** A record type's components (accessor, name, text kind) and canonical constructor. */
  private record Shape(Method[] accessors, String[] names, TextPolicy.Kind[] kinds, Constructor<?> constructor) {

    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      String[] names = new String[components.length];
      TextPolicy.Kind[] kinds = new TextPolicy.Kind[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        names[i] = components[i].getName();
        Text text = components[i].getAnnotation(Text.class);
        kinds[i] = text == null ? TextPolicy.Kind.LINE : text.value();
      }
      try {
        Constructor<?> canonical = type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        canonical.setAccessible(true);
        return new Shape(accessors, names, kinds, canonical);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
      }
    }
  }

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private static Object text(String text, TextPolicy.Kind kind, String field, List<FieldError> errors) {
    boolean multiline = kind == TextPolicy.Kind.MULTILINE;
    // Surrounding whitespace is trimmed, so identifiers and addresses are held to their rules once trimmed.
    var violation = TextPolicy.violation(text, multiline ? kind : TextPolicy.Kind.LINE);
    String normalized = TextPolicy.normalize(text);
    if (violation.isEmpty() && !multiline) {
      violation = TextPolicy.violation(normalized, kind);
    }
    if (violation.isPresent()) {
      errors.add(new FieldError(field, violation.get()));
      return text;
    }
    if (normalized.isEmpty()) {
      errors.add(new FieldError(field, "must not be blank (omit an optional field instead)"));
      return text;
    }
    if (kind == TextPolicy.Kind.EMAIL) {
      var canonical = Emails.canonical(normalized);
      if (canonical.isEmpty()) {
        errors.add(new FieldError(field, "must be a valid e-mail address"));
        return text;
      }
      return canonical.get();
    }
    return normalized;
  }

  private static Object invoke(Method accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static Object invoke(Constructor<?> canonical, Object[] values) {
    try {
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + canonical.getDeclaringClass().getName(), e);
    }
  }
}

package io.eventdesign.platform.input;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path variables and query parameters are converted as strictly as bodies are read: integers are
 * plain decimals ({@code 0x10}, {@code +5}, {@code 1e3} or {@code 07 } are refused, where Spring's
 * defaults read hex and octal), booleans are {@code true} or {@code false} (not yes/on/1), and enums
 * are their exact names (Spring's default trims). A refused value is a 400 naming the parameter.
 */
public final class StrictParameters implements WebMvcConfigurer {

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, Long.class, (Converter<String, Long>) StrictParameters::toLong);
    registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) StrictParameters::toInt);
    registry.addConverter(String.class, Boolean.class, (Converter<String, Boolean>) StrictParameters::toBoolean);
    registry.addConverterFactory(new ExactEnums());
  }

  static Long toLong(String text) {
    return InputRules.decimal(text).orElseThrow(() -> new IllegalArgumentException("not a decimal integer"));
  }

  static Integer toInt(String text) {
    long value = toLong(text);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("out of range");
    }
    return (int) value;
  }

  static Boolean toBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }

  /** Enum constants by their exact name. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final class ExactEnums implements ConverterFactory<String, Enum> {
    @Override
    public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
      return source -> (T) Enum.valueOf(targetType, source);
    }
  }
}

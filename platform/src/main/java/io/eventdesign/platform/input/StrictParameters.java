package io.eventdesign.platform.input;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path variables and query parameters are converted as strictly as bodies are read: integers are
 * plain decimals ({@code 0x10}, {@code +5}, {@code 1e3} or {@code " 1"} are refused, where Spring
 * reads hex and octal) and booleans are {@code true} or {@code false} (not yes, on or 1). These are
 * registered as the binder's own editors, because Spring falls back to its lenient default editors
 * when a conversion fails. A refused value is a 400 naming the parameter.
 *
 * <p>Enum parameters are not bound as enums (Spring trims a value before it looks the constant up,
 * whatever converter is registered): controllers take the text and parse it with
 * {@link InputRules#constant}.
 */
@ControllerAdvice
public final class StrictParameters {

  @InitBinder
  public void strictScalars(WebDataBinder binder) {
    binder.registerCustomEditor(int.class, new Decimal(Integer.MIN_VALUE, Integer.MAX_VALUE, true));
    binder.registerCustomEditor(Integer.class, new Decimal(Integer.MIN_VALUE, Integer.MAX_VALUE, true));
    binder.registerCustomEditor(long.class, new Decimal(Long.MIN_VALUE, Long.MAX_VALUE, false));
    binder.registerCustomEditor(Long.class, new Decimal(Long.MIN_VALUE, Long.MAX_VALUE, false));
    binder.registerCustomEditor(boolean.class, new TrueOrFalse());
    binder.registerCustomEditor(Boolean.class, new TrueOrFalse());
  }

  /** A plain decimal integer within a range. */
  private static final class Decimal extends PropertyEditorSupport {
    private final long min;
    private final long max;
    private final boolean asInt;

    Decimal(long min, long max, boolean asInt) {
      this.min = min;
      this.max = max;
      this.asInt = asInt;
    }

    @Override
    public void setAsText(String text) {
      long value = InputRules.decimal(text).filter(v -> v >= min && v <= max)
          .orElseThrow(() -> new IllegalArgumentException("not a decimal integer between " + min + " and " + max));
      setValue(asInt ? Integer.valueOf((int) value) : Long.valueOf(value));
    }
  }

  /** {@code true} or {@code false}, exactly. */
  private static final class TrueOrFalse extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      setValue(switch (text) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw new IllegalArgumentException("not true or false");
      });
    }
  }
}

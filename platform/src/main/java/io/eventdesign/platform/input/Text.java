package io.eventdesign.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link TextPolicy.Kind} of a request body's string field (or of each string of a list field).
 * Unannotated string fields are {@link TextPolicy.Kind#LINE}.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {
  TextPolicy.Kind value();
}

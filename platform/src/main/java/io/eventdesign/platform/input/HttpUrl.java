package io.eventdesign.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute http or https URL with a host and no user info, at most 2048 characters, written as
 * RFC 3986 allows (spaces and other unsafe characters percent-encoded). Null is allowed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrl.Validator.class)
public @interface HttpUrl {

  int MAX_LENGTH = 2048;

  String message() default "must be an absolute http or https URL (at most 2048 characters)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  final class Validator implements ConstraintValidator<HttpUrl, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || isHttpUrl(value);
    }

    static boolean isHttpUrl(String value) {
      if (value.length() > MAX_LENGTH) {
        return false;
      }
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
            && uri.getRawUserInfo() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}

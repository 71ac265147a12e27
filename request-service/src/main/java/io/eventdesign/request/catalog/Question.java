package io.eventdesign.request.catalog;

import java.util.List;
import java.util.regex.Pattern;

/** One question of a product's questionnaire. {@code options} apply to {@link QuestionKind#OPTIONS}. */
public record Question(String id, String text, QuestionKind kind, boolean required, List<String> options) {

  /** What a question id looks like (lower case, digits and dashes, at most 64); a path naming another is a 404. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public Question {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("question id '" + id + "' must match " + ID.pattern());
    }
    options = options == null ? List.of() : List.copyOf(options);
  }
}

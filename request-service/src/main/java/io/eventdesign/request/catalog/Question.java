package io.eventdesign.request.catalog;

import java.util.List;

/** One question of a product's questionnaire. {@code options} apply to {@link QuestionKind#OPTIONS}. */
public record Question(String id, String text, QuestionKind kind, boolean required, List<String> options) {

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
  }
}

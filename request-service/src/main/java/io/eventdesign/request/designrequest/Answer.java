package io.eventdesign.request.designrequest;

import java.util.List;

/** One version of an answer: exactly one of text, fileUrl or options is set. */
public record Answer(String questionId, int version, String text, String fileUrl, List<String> options) {

  public Answer {
    options = options == null ? null : List.copyOf(options);
  }
}

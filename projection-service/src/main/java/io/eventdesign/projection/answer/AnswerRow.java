package io.eventdesign.projection.answer;

import java.time.Instant;
import java.util.List;

/** One version of an answer. */
public record AnswerRow(String questionId, int version, String text, String fileUrl, List<String> options,
    Instant answeredAt, boolean current) {}

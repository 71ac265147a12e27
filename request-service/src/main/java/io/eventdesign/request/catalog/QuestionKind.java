package io.eventdesign.request.catalog;

/** How a question is answered. */
public enum QuestionKind {
  /** Free text. */
  TEXT,
  /** A link to an uploaded file. */
  FILE,
  /** One or more of the question's options. */
  OPTIONS
}

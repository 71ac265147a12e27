package io.eventdesign.local.chaos;

/**
 * One command the load sent: a design request's creation, or an answer to the request it created.
 *
 * @param key its Idempotency-Key (a retry with it must return the original outcome)
 * @param status the HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param requestId the design request it created or answered, when known
 */
record Command(Kind kind, String key, String method, String path, String body, long sentAtMillis, long tookMillis,
    int status, String requestId) {

  enum Kind { CREATE, ANSWER }

  boolean acknowledged() {
    return status >= 200 && status < 300;
  }

  /** Accepted or refused; otherwise (no answer, 5xx) it may or may not have happened. */
  boolean outcomeKnown() {
    return status >= 200 && status < 500;
  }
}

package io.eventdesign.local.chaos;

/**
 * One command the load sent: a step of a design request's flow.
 *
 * @param key its Idempotency-Key (a retry with it must return the original outcome)
 * @param status the HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param requestId the design request it created or acted on, when known
 */
record Command(Kind kind, String key, String method, String path, String body, long sentAtMillis, long tookMillis,
    int status, String requestId) {

  /** The steps of a flow, each with the one event it records when accepted. */
  enum Kind {
    CREATE("request.created"),
    ANSWER("request.answer-recorded"),
    SUBMIT("request.submitted"),
    CANCEL("request.cancelled");

    final String eventType;

    Kind(String eventType) {
      this.eventType = eventType;
    }
  }

  boolean acknowledged() {
    return status >= 200 && status < 300;
  }

  /** Accepted or refused; otherwise (no answer, 5xx) it may or may not have happened. */
  boolean outcomeKnown() {
    return status >= 200 && status < 500;
  }

  /** Every command with its outcome, in the order sent, for a closer look at a run. */
  static void writeCsv(java.nio.file.Path file, java.util.List<Command> commands) throws java.io.IOException {
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
        "sent_at_ms,took_ms,status,kind,idempotency_key,request_id"));
    commands.stream().sorted(java.util.Comparator.comparingLong(Command::sentAtMillis)).forEach(c -> lines.add(
        c.sentAtMillis() + "," + c.tookMillis() + "," + c.status() + "," + c.kind() + "," + c.key() + "," + c.requestId()));
    java.nio.file.Files.write(file, lines);
  }
}

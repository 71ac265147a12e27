package io.eventdesign.local.chaos;

import io.eventdesign.contract.topic.Topic;
import io.eventdesign.contract.topic.Topics;
import io.eventdesign.local.ServiceLaunches.Service;

/**
 * One command the load sent: a step of a design request's flow, or a profile update.
 *
 * @param key its Idempotency-Key (a retry with it must return the original outcome)
 * @param status the HTTP status, or 0 when no answer came (connection refused, timeout)
 * @param aggregateId the design request or user it created or acted on, when known
 * @param instance the service instance it was sent to
 */
record Command(Kind kind, String key, String method, String path, String body, long sentAtMillis, long tookMillis,
    int status, String aggregateId, String instance) {

  /** What the load sends: each kind to its service's command topic, recording one event when accepted. */
  enum Kind {
    CREATE(Service.REQUEST, Topics.REQUESTS_COMMANDS, "request.created"),
    ANSWER(Service.REQUEST, Topics.REQUESTS_COMMANDS, "request.answer-recorded"),
    SUBMIT(Service.REQUEST, Topics.REQUESTS_COMMANDS, "request.submitted"),
    CANCEL(Service.REQUEST, Topics.REQUESTS_COMMANDS, "request.cancelled"),
    PROFILE(Service.USER, Topics.USERS_COMMANDS, "user.profile-updated");

    final Service service;
    final Topic commands;
    final String eventType;

    Kind(Service service, Topic commands, String eventType) {
      this.service = service;
      this.commands = commands;
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
        "sent_at_ms,took_ms,status,kind,idempotency_key,aggregate_id,instance"));
    commands.stream().sorted(java.util.Comparator.comparingLong(Command::sentAtMillis)).forEach(c -> lines.add(
        c.sentAtMillis() + "," + c.tookMillis() + "," + c.status() + "," + c.kind() + "," + c.key() + "," + c.aggregateId() + "," + c.instance()));
    java.nio.file.Files.write(file, lines);
  }
}

package io.eventdesign.local.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of every command once the load has stopped: a command whose outcome was not known (no
 * answer, 5xx) is sent again with its Idempotency-Key until it is; a sample of the acknowledged ones too,
 * each of which must answer as it did the first time.
 *
 * @param known every command accepted, at once or on a retry (what the log must hold)
 * @param retried how many had no known outcome
 * @param violations commands whose outcome stayed unknown, or changed when sent again
 */
record Outcomes(List<Command> known, int retried, List<String> violations) {

  /** How long a command without a known outcome is retried after the run. */
  static final Duration WAIT = Duration.ofSeconds(60);

  static Outcomes settle(CommandLoad load, List<Command> sent) throws InterruptedException {
    List<Command> known = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    int retried = 0;
    for (Command command : sent) {
      if (command.acknowledged()) {
        known.add(command);
      } else if (!command.outcomeKnown()) {
        retried++;
        Command outcome = outcomeOf(load, command);
        if (outcome.acknowledged()) {
          known.add(outcome);
        } else if (!outcome.outcomeKnown()) {
          violations.add("command " + command.key() + " still has no known outcome after " + WAIT.toSeconds()
              + " s of retries (last status " + outcome.status() + " from " + outcome.instance() + ")");
        }
      }
    }
    violations.addAll(repeatedOutcomeViolations(load, known));
    return new Outcomes(known, retried, violations);
  }

  /** Retries {@code command} with its key once a second until its outcome is known or {@link #WAIT} has passed. */
  private static Command outcomeOf(CommandLoad load, Command command) throws InterruptedException {
    long deadline = System.currentTimeMillis() + WAIT.toMillis();
    Command outcome = load.retry(command);
    while (!outcome.outcomeKnown() && System.currentTimeMillis() < deadline) {
      Thread.sleep(1000);
      outcome = load.retry(command);
    }
    return outcome;
  }

  /**
   * Sends every tenth acknowledged command again with its key: each must answer as the first time (the
   * status, and the same aggregate for a creation); the log checks that follow see whether any was applied again.
   */
  private static List<String> repeatedOutcomeViolations(CommandLoad load, List<Command> acknowledged) {
    List<String> violations = new ArrayList<>();
    for (int i = 0; i < acknowledged.size(); i += 10) {
      Command original = acknowledged.get(i);
      Command repeated = load.retry(original);
      if (repeated.status() != original.status() || !Objects.equals(repeated.aggregateId(), original.aggregateId())) {
        violations.add("command " + original.key() + " answered " + original.status() + " (" + original.aggregateId()
            + ") and, sent again with its key, " + repeated.status() + " (" + repeated.aggregateId() + ")");
      }
    }
    return violations;
  }
}

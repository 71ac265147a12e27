package io.eventdesign.local.chaos;

import java.util.List;

/** What a chaos run did and found: each fault with the load around it, and every violation (must be none). */
record ChaosReport(List<Fault> faults, int commands, int acknowledged, int retried, java.util.Map<Integer, Long> statuses,
    List<String> violations) {

  /**
   * One fault: a process killed with {@code kill -9} and restarted. Commands sent from the kill until the
   * restarted process was ready; the unavailability window runs from the first failed command to the
   * last (0 when none failed).
   */
  record Fault(String process, long downMillis, int sent, int acknowledged, int failed, long unavailableMillis) {}

  String render() {
    StringBuilder text = new StringBuilder("\n| fault | down (s) | commands | acknowledged | failed | unavailable (s) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Fault fault : faults) {
      text.append(String.format("| kill -9 %s | %.1f | %d | %d | %d | %.1f |%n", fault.process(), fault.downMillis() / 1000.0,
          fault.sent(), fault.acknowledged(), fault.failed(), fault.unavailableMillis() / 1000.0));
    }
    text.append(String.format("%nCommands: %d sent, %d acknowledged at once, %d without a known outcome retried with their key "
        + "after the run; statuses (0 = no answer) %s.%n", commands, acknowledged, retried, statuses));
    text.append("Violations: ").append(violations.size()).append('\n');
    violations.stream().limit(50).forEach(v -> text.append("  ").append(v).append('\n'));
    return text.toString();
  }
}

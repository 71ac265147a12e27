package io.eventdesign.local.chaos;

import java.util.List;
import java.util.Map;

/**
 * What a chaos run did and found: each fault with the load around it, each process's highest resident
 * memory, and every violation (must be none).
 */
record ChaosReport(List<FaultOutcome> faults, int commands, int acknowledged, int retried, Map<Integer, Long> statuses,
    Map<String, Long> highestResidentMebibytes, List<String> violations) {

  /**
   * One fault: commands sent from its injection until every service was ready again, and the longest
   * outage of a partition that began meanwhile ({@link Unavailability}).
   */
  record FaultOutcome(String fault, long downMillis, int sent, int acknowledged, int failed, long unavailableMillis) {}

  String render() {
    StringBuilder text = new StringBuilder("\n| fault | until ready (s) | commands | acknowledged | failed | longest outage of a partition (s) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (FaultOutcome fault : faults) {
      text.append(String.format("| %s | %.1f | %d | %d | %d | %.1f |%n", fault.fault(), fault.downMillis() / 1000.0,
          fault.sent(), fault.acknowledged(), fault.failed(), fault.unavailableMillis() / 1000.0));
    }
    text.append(String.format("%nCommands: %d sent, %d acknowledged at once, %d without a known outcome retried with their key "
        + "after the run; statuses (0 = no answer) %s.%n", commands, acknowledged, retried, statuses));
    text.append("Highest resident memory (MiB): ").append(highestResidentMebibytes).append('\n');
    text.append("Violations: ").append(violations.size()).append('\n');
    violations.stream().limit(50).forEach(v -> text.append("  ").append(v).append('\n'));
    return text.toString();
  }
}

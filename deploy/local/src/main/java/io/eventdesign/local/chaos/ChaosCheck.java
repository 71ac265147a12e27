package io.eventdesign.local.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that must hold once the run has settled. The saga and the read models may still be
 * finishing the last flows when the load stops, so the log and read-model checks are repeated until they
 * pass or {@link #SETTLE} has passed; then the projections are rebuilt from the topics and compared.
 */
final class ChaosCheck {

  static final Duration SETTLE = Duration.ofSeconds(90);

  private ChaosCheck() {}

  static List<String> violations(String bootstrapServers, ReadModelChecks readModels, List<Command> known,
      String projectionService, String adminToken) throws Exception {
    long deadline = System.currentTimeMillis() + SETTLE.toMillis();
    List<String> violations;
    while (true) {
      EventLog log = EventLog.read(bootstrapServers);
      violations = new ArrayList<>(LogChecks.violations(known, log));
      violations.addAll(SagaChecks.violations(log));
      violations.addAll(readModels.versionViolations(log));
      if (violations.isEmpty() || System.currentTimeMillis() > deadline) {
        break;
      }
      Thread.sleep(2000);
    }
    if (violations.isEmpty()) {
      violations.addAll(readModels.rebuildViolations(projectionService, adminToken));
    }
    return violations;
  }
}

package io.eventdesign.local.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos program's short mode, so that it cannot rot: a request-service instance and the broker killed
 * with {@code kill -9} and restarted, then the broker unreachable for a while, under a small load of
 * design-request flows with the payment saga; the checker finds nothing lost, doubled or out of step.
 * (The full run is ./chaos; it is long and timing-dependent, so the build does not run it.)
 */
class ChaosSmokeTest {

  @TempDir Path dataDir;

  @Test
  void crashesAndANetworkFaultUnderLoadLoseAndDoubleNothing() throws Exception {
    ChaosReport report = ChaosRun.smoke().run(dataDir);
    System.out.println(report.render());
    assertThat(report.faults()).extracting(ChaosReport.FaultOutcome::fault)
        .containsExactly("kill -9 request-service-1", "kill -9 kafka-broker", "broker unreachable (network held)");
    assertThat(report.commands()).isGreaterThan(10);
    assertThat(report.acknowledged()).as("commands accepted " + report.statuses()).isGreaterThan(10);
    assertThat(report.highestResidentMebibytes()).as("the broker and seven service instances, each measured")
        .hasSize(8).allSatisfy((process, mebibytes) -> assertThat(mebibytes).isPositive());
    assertThat(report.violations()).isEmpty();
  }
}

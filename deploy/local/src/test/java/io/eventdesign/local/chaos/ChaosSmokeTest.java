package io.eventdesign.local.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos program's short mode, so that it cannot rot: one process killed with {@code kill -9} under a
 * small load, and the checker finds nothing lost or doubled. (The full run is ./chaos; it is long and
 * timing-dependent, so the build does not run it.)
 */
class ChaosSmokeTest {

  @TempDir Path dataDir;

  @Test
  void oneKilledProcessUnderLoadLosesAndDoublesNothing() throws Exception {
    ChaosReport report = ChaosRun.smoke().run(dataDir);
    System.out.println(report.render());
    assertThat(report.faults()).hasSize(1);
    assertThat(report.commands()).isGreaterThan(10);
    assertThat(report.acknowledged()).as("commands accepted " + report.statuses()).isGreaterThan(10);
    assertThat(report.violations()).isEmpty();
  }
}

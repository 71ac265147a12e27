package io.eventdesign.projection.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RebuildSettingsTest {

  @Test
  void takesPostgresMemorySizes() {
    assertThat(new RebuildSettings(0, "256MB").indexSortMemory()).isEqualTo("256MB");
    assertThat(new RebuildSettings(40, "65536kB").maxEventsPerSecond()).isEqualTo(40);
    assertThat(new RebuildSettings(0, "1GB").indexSortMemory()).isEqualTo("1GB");
  }

  @Test
  void refusesWhatIsNotASizeSoNothingElseReachesTheSetStatement() {
    for (String bad : new String[] {"", "256", "256 MB", "0MB", "256mb", "256MB'; DROP TABLE users; --", null}) {
      assertThatThrownBy(() -> new RebuildSettings(0, bad)).as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size like 256MB");
    }
  }

  @Test
  void refusesANegativeRateLimit() {
    assertThatThrownBy(() -> new RebuildSettings(-1, "256MB")).isInstanceOf(IllegalArgumentException.class);
  }
}

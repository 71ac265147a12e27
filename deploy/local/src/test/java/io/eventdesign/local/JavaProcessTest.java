package io.eventdesign.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process started by the launcher gets the launcher's {@code eventdesign.*} system properties, and no others. */
class JavaProcessTest {

  @TempDir Path dir;

  @Test
  void theLaunchersProjectSettingsReachTheProcess() throws Exception {
    System.setProperty("eventdesign.test.setting", "from the launcher");
    System.setProperty("unrelated.test.setting", "stays here");
    try {
      Path log = dir.resolve("echo.log");
      JavaProcess process = new JavaProcess("echo", EchoSettings.class.getName(), 64,
          List.of("eventdesign.test.setting", "unrelated.test.setting"), log);
      process.start();
      Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
      while (process.alive() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(process.alive()).as("the echo process ended").isFalse();
      assertThat(Files.readAllLines(log))
          .contains("eventdesign.test.setting=from the launcher", "unrelated.test.setting=null");
    } finally {
      System.clearProperty("eventdesign.test.setting");
      System.clearProperty("unrelated.test.setting");
    }
  }

  /** Prints each system property named in its arguments as name=value. */
  public static final class EchoSettings {
    public static void main(String[] names) {
      for (String name : names) {
        System.out.println(name + "=" + System.getProperty(name));
      }
    }
  }
}

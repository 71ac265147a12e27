package io.eventdesign.local;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class run against a whole local system of its own (real broker, PostgreSQL, authorization server
 * and the four services, on free ports, data in a temporary directory), started before its first test and
 * stopped after its last. A subclass's own {@code @BeforeAll} runs after the system is up.
 */
public abstract class OnLocalSystem {

  @TempDir protected static Path dataDir;
  protected static LocalSystem system;

  @BeforeAll
  static void startLocalSystem() throws Exception {
    system = LocalSystem.start(LocalSettings.onFreePorts(dataDir));
  }

  @AfterAll
  static void stopLocalSystem() throws Exception {
    if (system != null) {
      system.close();
      system = null;
    }
  }
}

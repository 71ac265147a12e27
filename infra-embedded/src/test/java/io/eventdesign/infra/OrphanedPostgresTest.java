package io.eventdesign.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with {@code kill -9} leaves its PostgreSQL running on the port and the data directory; the
 * next start on that directory stops it and starts afresh, without a manual step, keeping the data.
 */
class OrphanedPostgresTest {

  @TempDir Path dataDir;

  @Test
  void aStartAfterAKilledJvmStopsItsOrphanedServerAndKeepsTheData() throws Exception {
    int port = Ports.free();
    Process crashing = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), PostgresOfACrashingJvm.class.getName(), dataDir.toString(),
        Integer.toString(port)).redirectErrorStream(true).start();
    try (BufferedReader output = new BufferedReader(new InputStreamReader(crashing.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      do {
        line = output.readLine();
      } while (line != null && !line.equals("READY"));
      assertThat(line).as("the other JVM started PostgreSQL").isEqualTo("READY");
    }
    ProcessHandle orphan = OrphanedPostgres.serverOf(dataDir).orElseThrow();

    crashing.destroyForcibly();
    assertThat(crashing.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();
    assertThat(Ports.isFree(port)).as("and keeps its port").isFalse();

    try (EmbeddedPostgres restarted = EmbeddedPostgres.start(dataDir, port)) {
      assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
      try (Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), EmbeddedPostgres.USER, "");
          ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM survived")) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(1);
      }
      assertThat(OrphanedPostgres.serverOf(dataDir)).as("the new server owns the directory").isPresent()
          .get().extracting(ProcessHandle::pid).isNotEqualTo(orphan.pid());
    }
    assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("stopped cleanly").isFalse();
  }

  @Test
  void aStalePidFileOfAProcessThatIsGoneIsLeftToPostgresql() throws Exception {
    Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");
    assertThat(OrphanedPostgres.stopIfRunning(dataDir)).isFalse();
    Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
    assertThat(OrphanedPostgres.stopIfRunning(dataDir)).as("a live process that does not run in the directory").isFalse();
  }
}

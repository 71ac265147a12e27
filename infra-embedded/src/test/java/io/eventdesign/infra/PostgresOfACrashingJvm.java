package io.eventdesign.infra;

import java.nio.file.Path;

/** Run in a JVM of its own by {@link OrphanedPostgresTest}: starts PostgreSQL, leaves a row, then waits to be killed. */
public final class PostgresOfACrashingJvm {

  private PostgresOfACrashingJvm() {}

  public static void main(String[] args) throws Exception {
    EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]), Integer.parseInt(args[1]));
    postgres.execute("CREATE TABLE IF NOT EXISTS survived (id int); INSERT INTO survived VALUES (1); CHECKPOINT");
    System.out.println("READY");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

package io.eventdesign.projection.sink;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL advisory lock, taken inside a database transaction and released with it, that orders the
 * sink's batches against the work that must not interleave with them, in every instance of
 * projection-service at once: each batch holds it shared; a re-publish of parked records and a rebuild's
 * table switch hold it exclusively, so they wait for the batches running anywhere and hold new ones back
 * until they commit.
 */
public final class SinkBatchLock {

  /** The advisory lock's key (PostgreSQL's pg_locks shows it as classid 0, objid 1592590337). */
  public static final long KEY = 0x5EED_0001L;

  private final JdbcTemplate jdbc;

  public SinkBatchLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Taken by every batch, inside its transaction. */
  public void shared() {
    jdbc.query("SELECT pg_advisory_xact_lock_shared(?)", rs -> null, KEY);
  }

  /** Waits for the running batches and holds new ones back until the calling transaction ends. */
  public void exclusive() {
    jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, KEY);
  }
}

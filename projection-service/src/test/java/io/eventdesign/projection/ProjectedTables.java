package io.eventdesign.projection;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row-by-row checksums of every projected table, to prove that a rebuild gives identical tables. */
final class ProjectedTables {

  /** One checksum per projected table, over every column that does not record when the row was written. */
  static final List<String> CHECKSUMS = List.of(
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM users t",
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM design_request_states t",
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM tenants t",
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) FROM workspaces t",
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.workspace_id, t.user_id), '')) FROM workspace_members t",
      "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.request_id, t.question_id, t.version), '')) "
          + "FROM design_request_answers t",
      """
      SELECT md5(coalesce(string_agg(concat_ws(',', event_id, topic, kafka_partition, kafka_offset, event_type,
          aggregate_id, aggregate_version, occurred_at, correlation_id, payload::text), '|' ORDER BY event_id), ''))
      FROM event_log""");

  private final JdbcTemplate jdbc;

  ProjectedTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<String> checksums() {
    return CHECKSUMS.stream().map(sql -> jdbc.queryForObject(sql, String.class)).toList();
  }

  /**
   * The checksums once they have not changed for three seconds (state topics may still be arriving). Callers
   * first wait for the rows they wrote; this only lets stragglers from earlier work land.
   */
  List<String> settledChecksums() throws InterruptedException {
    List<String> previous = List.of();
    int unchanged = 0;
    for (int i = 0; i < 60; i++) {
      List<String> current = checksums();
      unchanged = current.equals(previous) ? unchanged + 1 : 0;
      if (unchanged == 3) {
        return current;
      }
      previous = current;
      Thread.sleep(1000);
    }
    throw new AssertionError("the projected tables did not settle");
  }

  /** Empties every projected table and the sink's parked records, as before a rebuild from scratch. */
  void truncate() {
    jdbc.execute("TRUNCATE users, tenants, workspaces, workspace_members, event_log, design_request_states, "
        + "design_request_answers, sink_parked_records");
  }
}

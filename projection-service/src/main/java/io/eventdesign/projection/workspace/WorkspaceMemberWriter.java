package io.eventdesign.projection.workspace;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.WorkspaceMembership;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.SqlTableWriter;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code workspace_members} equal to the members of each workspace's newest state: one row per
 * member, stamped with the workspace version it comes from. A state replaces the rows of an older
 * version (members who left are deleted) and never those of a newer one, so re-delivery and rebuilds end
 * with the same rows.
 */
public final class WorkspaceMemberWriter extends SqlTableWriter {

  private static final String DELETE_OLDER_TEMPLATE =
      "DELETE FROM %1$s WHERE workspace_id = ? AND workspace_version < ?";
  private static final String UPSERT_TEMPLATE = """
      INSERT INTO %1$s (workspace_id, user_id, tenant_id, role, since, workspace_version)
      SELECT ?, ?, ?, ?, ?, ?
      WHERE NOT EXISTS (SELECT 1 FROM %1$s WHERE workspace_id = ? AND workspace_version > ?)
      ON CONFLICT (workspace_id, user_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, role = EXCLUDED.role,
        since = EXCLUDED.since, workspace_version = EXCLUDED.workspace_version
      WHERE %1$s.workspace_version < EXCLUDED.workspace_version""";

  private record Member(WorkspaceState workspace, WorkspaceMembership membership) {}

  /** The live table. */
  public static final String TABLE = "workspace_members";

  private final String deleteOlder;
  private final String upsert;

  public WorkspaceMemberWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private WorkspaceMemberWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table);
    this.deleteOlder = sql(DELETE_OLDER_TEMPLATE);
    this.upsert = sql(UPSERT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new WorkspaceMemberWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == WorkspaceState.class;
  }

  @Override
  public void write(List<SinkRecord> records) {
    Map<String, WorkspaceState> newest = new LinkedHashMap<>();
    for (SinkRecord record : records) {
      WorkspaceState state = record.value();
      newest.merge(state.getId(), state, (a, b) -> b.getVersion() > a.getVersion() ? b : a);
    }
    if (newest.isEmpty()) {
      return;
    }
    List<Member> members = new ArrayList<>();
    newest.values().forEach(state -> state.getMembers().forEach(m -> members.add(new Member(state, m))));
    jdbc.batchUpdate(deleteOlder, new ArrayList<>(newest.values()), newest.size(), (ps, state) -> {
      ps.setString(1, state.getId());
      ps.setLong(2, state.getVersion());
    });
    if (members.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(upsert, members, members.size(), (ps, member) -> {
      WorkspaceState workspace = member.workspace();
      ps.setString(1, workspace.getId());
      ps.setString(2, member.membership().getUserId());
      ps.setString(3, workspace.getTenantId());
      ps.setString(4, member.membership().getRole());
      ps.setTimestamp(5, Timestamp.from(member.membership().getSince()));
      ps.setLong(6, workspace.getVersion());
      ps.setString(7, workspace.getId());
      ps.setLong(8, workspace.getVersion());
    });
  }
}

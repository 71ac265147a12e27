package io.eventdesign.projection.workspace;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.WorkspaceState;
import io.eventdesign.projection.sink.BulkLoadableSqlTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Upserts {@code workspaces} rows from {@code workspaces.state}, only when the incoming version is newer. */
public final class WorkspaceTableWriter extends BulkLoadableSqlTableWriter {

  private static final List<String> COLUMNS = List.of("id", "tenant_id", "name", "status", "status_reason",
      "member_limit", "member_count", "version", "created_at", "updated_at");
  private static final String UPSERT_TEMPLATE = upsertTemplate(COLUMNS, "id", "%1$s.version < EXCLUDED.version");

  /** The live table. */
  public static final String TABLE = "workspaces";

  public WorkspaceTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private WorkspaceTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table, COLUMNS, UPSERT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new WorkspaceTableWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == WorkspaceState.class;
  }

  @Override
  public Object[] row(SinkRecord record) {
    WorkspaceState s = record.value();
    return new Object[] {
        s.getId(), s.getTenantId(), s.getName(), s.getStatus(), s.getStatusReason(), s.getMemberLimit(),
        s.getMembers().size(), s.getVersion(), Timestamp.from(s.getCreatedAt()), Timestamp.from(s.getUpdatedAt())};
  }

  @Override
  public List<String> identity() {
    return List.of("id");
  }

  @Override
  public List<String> keepFirst() {
    return List.of("version DESC");
  }
}

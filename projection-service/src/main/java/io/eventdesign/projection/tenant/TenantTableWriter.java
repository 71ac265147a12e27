package io.eventdesign.projection.tenant;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.TenantState;
import io.eventdesign.projection.sink.BulkLoadableSqlTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Upserts {@code tenants} rows from {@code tenants.state}, only when the incoming version is newer. */
public final class TenantTableWriter extends BulkLoadableSqlTableWriter {

  private static final List<String> COLUMNS = List.of("id", "name", "plan", "status", "deactivation_reason",
      "admin_ids", "workspace_ids", "version", "created_at", "updated_at");
  private static final String UPSERT_TEMPLATE = upsertTemplate(COLUMNS, "id", "%1$s.version < EXCLUDED.version");

  /** The live table. */
  public static final String TABLE = "tenants";

  public TenantTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private TenantTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table, COLUMNS, UPSERT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new TenantTableWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == TenantState.class;
  }

  @Override
  public Object[] row(SinkRecord record) {
    TenantState s = record.value();
    return new Object[] {
        s.getId(), s.getName(), s.getPlan(), s.getStatus(), s.getDeactivationReason(),
        s.getAdminIds().toArray(String[]::new), s.getWorkspaceIds().toArray(String[]::new), s.getVersion(),
        Timestamp.from(s.getCreatedAt()), Timestamp.from(s.getUpdatedAt())};
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

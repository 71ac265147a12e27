package io.eventdesign.projection.user;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.projection.sink.BulkLoadableSqlTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts {@code users} rows from {@code users.state}, only when the incoming version is newer (so the
 * table ends with each user's newest state in any order of arrival, and a rebuild bulk-loads it).
 */
public final class UserTableWriter extends BulkLoadableSqlTableWriter {

  private static final List<String> COLUMNS = List.of("id", "email", "first_name", "last_name", "display_name",
      "company", "status", "deactivation_reason", "roles", "avatar_url", "time_zone", "language", "tenant_id", "version",
      "created_at", "updated_at");
  private static final String UPSERT_TEMPLATE = upsertTemplate(COLUMNS, "id", "%1$s.version < EXCLUDED.version");

  /** The live table. */
  public static final String TABLE = "users";

  public UserTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private UserTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table, COLUMNS, UPSERT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new UserTableWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == UserState.class;
  }

  @Override
  public Object[] row(SinkRecord record) {
    UserState s = record.value();
    return new Object[] {
        s.getId(),
        s.getEmail(),
        s.getFirstName(),
        s.getLastName(),
        s.getFirstName() + " " + s.getLastName(),
        s.getCompany(),
        s.getStatus(),
        s.getDeactivationReason(),
        s.getRoles().toArray(String[]::new),
        s.getAvatarUrl(),
        s.getTimeZone(),
        s.getLanguage(),
        s.getTenantId(),
        s.getVersion(),
        Timestamp.from(s.getCreatedAt()),
        Timestamp.from(s.getUpdatedAt())};
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

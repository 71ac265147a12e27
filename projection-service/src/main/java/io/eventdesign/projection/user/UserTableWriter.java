package io.eventdesign.projection.user;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.SqlTableWriter;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Upserts {@code users} rows from {@code users.state}, only when the incoming version is newer. */
public final class UserTableWriter extends SqlTableWriter {

  private static final String UPSERT_TEMPLATE = """
      INSERT INTO %1$s (id, email, first_name, last_name, display_name, company, status, deactivation_reason,
          roles, avatar_url, time_zone, language, version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
          email = EXCLUDED.email, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
          display_name = EXCLUDED.display_name, company = EXCLUDED.company, status = EXCLUDED.status,
          deactivation_reason = EXCLUDED.deactivation_reason, roles = EXCLUDED.roles,
          avatar_url = EXCLUDED.avatar_url, time_zone = EXCLUDED.time_zone, language = EXCLUDED.language,
          version = EXCLUDED.version, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
      WHERE %1$s.version < EXCLUDED.version""";

  /** The live table. */
  public static final String TABLE = "users";

  private final String upsert;

  public UserTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private UserTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table);
    this.upsert = sql(UPSERT_TEMPLATE);
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
  public void write(List<SinkRecord> records) {
    List<UserState> states = records.stream().map(r -> r.<UserState>value()).toList();
    if (states.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(upsert, states, states.size(), (ps, s) -> {
      ps.setString(1, s.getId());
      ps.setString(2, s.getEmail());
      ps.setString(3, s.getFirstName());
      ps.setString(4, s.getLastName());
      ps.setString(5, s.getFirstName() + " " + s.getLastName());
      ps.setString(6, s.getCompany());
      ps.setString(7, s.getStatus());
      ps.setString(8, s.getDeactivationReason());
      ps.setArray(9, ps.getConnection().createArrayOf("text", s.getRoles().toArray()));
      ps.setString(10, s.getAvatarUrl());
      ps.setString(11, s.getTimeZone());
      ps.setString(12, s.getLanguage());
      ps.setLong(13, s.getVersion());
      ps.setTimestamp(14, Timestamp.from(s.getCreatedAt()));
      ps.setTimestamp(15, Timestamp.from(s.getUpdatedAt()));
    });
  }
}

package io.eventdesign.projection.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import io.eventdesign.projection.query.FilteredQuery;
import io.eventdesign.projection.query.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of the {@code users} projection. */
public final class UserQueries {

  /** Filters of a user search; null means "any". */
  public record Filter(String status, String email, String role, String tenantId) {}

  private static final String COLUMNS = """
      id, version, email, first_name, last_name, display_name, company, status, deactivation_reason,
      roles, avatar_url, time_zone, language, tenant_id, created_at, updated_at""";

  private final JdbcClient jdbc;

  public UserQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserRow> byId(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(UserQueries::row).optional();
  }

  public Paging.Page<UserRow> search(Filter filter, int page, int size) {
    return new FilteredQuery()
        .where("status = ?", filter.status())
        .where("lower(email) = lower(?)", filter.email())
        .where("? = ANY(roles)", filter.role())
        .where("tenant_id = ?", filter.tenantId())
        .page(jdbc, COLUMNS, "users", "created_at, id", UserQueries::row, page, size);
  }

  private static UserRow row(ResultSet rs, int rowNum) throws SQLException {
    return new UserRow(rs.getString("id"), rs.getLong("version"), rs.getString("email"), rs.getString("first_name"),
        rs.getString("last_name"), rs.getString("display_name"), rs.getString("company"), rs.getString("status"),
        rs.getString("deactivation_reason"), roles(rs.getArray("roles")), rs.getString("avatar_url"),
        rs.getString("time_zone"), rs.getString("language"), rs.getString("tenant_id"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> roles(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

package io.eventdesign.projection.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of the {@code users} projection. */
public final class UserQueries {

  /** Filters of a user search; null means "any". */
  public record Filter(String status, String email, String role) {}

  /** One page of results and the total count. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  private static final String COLUMNS = """
      id, version, email, first_name, last_name, display_name, company, status, deactivation_reason,
      roles, avatar_url, time_zone, language, created_at, updated_at""";

  private final JdbcClient jdbc;

  public UserQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<UserRow> byId(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(UserQueries::row).optional();
  }

  public Page<UserRow> search(Filter filter, int page, int size) {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (filter.status() != null) {
      conditions.add("status = ?");
      params.add(filter.status());
    }
    if (filter.email() != null) {
      conditions.add("lower(email) = lower(?)");
      params.add(filter.email().trim());
    }
    if (filter.role() != null) {
      conditions.add("? = ANY(roles)");
      params.add(filter.role());
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    long total = jdbc.sql("SELECT count(*) FROM users" + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    pageParams.add((long) page * size);
    List<UserRow> items = jdbc.sql("SELECT " + COLUMNS + " FROM users" + where + " ORDER BY created_at, id LIMIT ? OFFSET ?")
        .params(pageParams).query(UserQueries::row).list();
    return new Page<>(items, page, size, total);
  }

  private static UserRow row(ResultSet rs, int rowNum) throws SQLException {
    return new UserRow(rs.getString("id"), rs.getLong("version"), rs.getString("email"), rs.getString("first_name"),
        rs.getString("last_name"), rs.getString("display_name"), rs.getString("company"), rs.getString("status"),
        rs.getString("deactivation_reason"), roles(rs.getArray("roles")), rs.getString("avatar_url"),
        rs.getString("time_zone"), rs.getString("language"), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> roles(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

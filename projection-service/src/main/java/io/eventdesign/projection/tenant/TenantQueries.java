package io.eventdesign.projection.tenant;

import io.eventdesign.projection.query.FilteredQuery;
import io.eventdesign.projection.query.Paging;
import io.eventdesign.projection.query.Visibility;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of {@code tenants}. A person sees the tenants they administer or have a workspace in. */
public final class TenantQueries {

  /**
   * Filters of a tenant search; null means "any".
   *
   * @param visibleTo only the tenants this person sees; null for all (staff, read-only clients)
   */
  public record Filter(String visibleTo, String status, String plan, String adminId) {}

  private static final String COLUMNS = """
      id, version, name, plan, status, deactivation_reason, admin_ids, workspace_ids, created_at, updated_at""";
  private static final String VISIBLE = "id IN (" + Visibility.TENANT_IDS + ")";

  private final JdbcClient jdbc;

  public TenantQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tenant, when {@code visibleTo} (null: anyone) sees it. */
  public Optional<TenantRow> byId(String id, String visibleTo) {
    FilteredQuery query = new FilteredQuery().always("id = ?", id).visibleTo(VISIBLE, visibleTo);
    return query.one(jdbc, COLUMNS, "tenants", TenantQueries::row);
  }

  public Paging.Page<TenantRow> search(Filter filter, int page, int size) {
    return new FilteredQuery().visibleTo(VISIBLE, filter.visibleTo())
        .where("status = ?", filter.status())
        .where("plan = ?", filter.plan())
        .where("? = ANY(admin_ids)", filter.adminId())
        .page(jdbc, COLUMNS, "tenants", "created_at, id", TenantQueries::row, page, size);
  }

  private static TenantRow row(ResultSet rs, int rowNum) throws SQLException {
    return new TenantRow(rs.getString("id"), rs.getLong("version"), rs.getString("name"), rs.getString("plan"),
        rs.getString("status"), rs.getString("deactivation_reason"), texts(rs.getArray("admin_ids")),
        texts(rs.getArray("workspace_ids")), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}

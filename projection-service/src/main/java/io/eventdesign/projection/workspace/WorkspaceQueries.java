package io.eventdesign.projection.workspace;

import io.eventdesign.projection.query.FilteredQuery;
import io.eventdesign.projection.query.Paging;
import io.eventdesign.projection.query.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads of {@code workspaces} and {@code workspace_members}. A person sees a workspace they are a member
 * of, and every workspace of a tenant they administer.
 */
public final class WorkspaceQueries {

  /**
   * Filters of a workspace search; null means "any".
   *
   * @param visibleTo only the workspaces this person sees; null for all (staff, read-only clients)
   * @param memberId only the workspaces this person is a member of
   */
  public record Filter(String visibleTo, String tenantId, String status, String memberId) {}

  /** One person's membership, with the workspace it is in. */
  public record Membership(String workspaceId, String tenantId, String name, String status, String role) {}

  private static final String COLUMNS = """
      id, version, tenant_id, name, status, status_reason, member_limit, member_count, created_at, updated_at""";
  private static final String VISIBLE = "id IN (" + Visibility.WORKSPACE_IDS + ")";

  private final JdbcClient jdbc;

  public WorkspaceQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The workspace with every member, when {@code visibleTo} (null: anyone) sees it. */
  public Optional<WorkspaceRow> byId(String id, String visibleTo) {
    FilteredQuery query = new FilteredQuery().always("id = ?", id).visibleTo(VISIBLE, visibleTo);
    return query.one(jdbc, COLUMNS, "workspaces", WorkspaceQueries::row).map(w -> w.withMembers(members(id)));
  }

  /** Whether the workspace exists and {@code visibleTo} (null: anyone) sees it; reads no member list. */
  public boolean isVisible(String id, String visibleTo) {
    FilteredQuery query = new FilteredQuery().always("id = ?", id).visibleTo(VISIBLE, visibleTo);
    return query.exists(jdbc, "workspaces");
  }

  /** Workspaces without their member lists (each has its {@code memberCount}). */
  public Paging.Page<WorkspaceRow> search(Filter filter, int page, int size) {
    FilteredQuery query = new FilteredQuery().visibleTo(VISIBLE, filter.visibleTo())
        .where("tenant_id = ?", filter.tenantId())
        .where("status = ?", filter.status())
        .where("id IN (SELECT workspace_id FROM workspace_members WHERE user_id = ?)", filter.memberId());
    return query.page(jdbc, COLUMNS, "workspaces", "created_at, id", WorkspaceQueries::row, page, size);
  }

  /** One workspace's members, owners first, then in the order they joined. */
  public Paging.Page<WorkspaceRow.MemberRow> members(String workspaceId, String role, int page, int size) {
    return new FilteredQuery().always("workspace_id = ?", workspaceId).where("role = ?", role)
        .page(jdbc, "user_id, role, since", "workspace_members", MEMBER_ORDER, WorkspaceQueries::member, page, size);
  }

  /** The workspaces {@code userId} is a member of, with their role in each. */
  public List<Membership> membershipsOf(String userId) {
    return jdbc.sql("""
        SELECT w.id, w.tenant_id, w.name, w.status, m.role FROM workspace_members m
        JOIN workspaces w ON w.id = m.workspace_id WHERE m.user_id = ? ORDER BY m.since, w.id""")
        .param(userId)
        .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .list();
  }

  private static final String MEMBER_ORDER = "role <> 'OWNER', since, user_id";

  private List<WorkspaceRow.MemberRow> members(String workspaceId) {
    return jdbc.sql("SELECT user_id, role, since FROM workspace_members WHERE workspace_id = ? ORDER BY " + MEMBER_ORDER)
        .param(workspaceId).query(WorkspaceQueries::member).list();
  }

  private static WorkspaceRow row(ResultSet rs, int rowNum) throws SQLException {
    return new WorkspaceRow(rs.getString("id"), rs.getLong("version"), rs.getString("tenant_id"), rs.getString("name"),
        rs.getString("status"), rs.getString("status_reason"), rs.getInt("member_limit"), rs.getInt("member_count"),
        null, rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }

  private static WorkspaceRow.MemberRow member(ResultSet rs, int rowNum) throws SQLException {
    return new WorkspaceRow.MemberRow(rs.getString("user_id"), rs.getString("role"), rs.getTimestamp("since").toInstant());
  }
}

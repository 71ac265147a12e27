package io.eventdesign.projection.query;

/**
 * What a customer may read across the organisation's read models, in SQL (one source for every query
 * that restricts to one person). Each subquery takes the person's user id at every {@code ?}
 * ({@link #person}).
 */
public final class Visibility {

  /** The tenants a person sees: those they administer, and those they have a workspace in. */
  public static final String TENANT_IDS = """
      SELECT id FROM tenants WHERE ? = ANY(admin_ids)
      UNION SELECT tenant_id FROM workspace_members WHERE user_id = ?""";

  /** The workspaces a person sees: those they are a member of, and every workspace of a tenant they administer. */
  public static final String WORKSPACE_IDS = """
      SELECT workspace_id FROM workspace_members WHERE user_id = ?
      UNION SELECT w.id FROM workspaces w JOIN tenants t ON t.id = w.tenant_id WHERE ? = ANY(t.admin_ids)""";

  /**
   * The design requests a person sees: their personal requests (created outside any workspace, as every
   * request before workspaces), and every request of a workspace they see, whoever created it.
   */
  public static final String REQUEST_IDS = """
      SELECT id FROM design_request_states WHERE owner_id = ? AND workspace_id IS NULL
      UNION SELECT id FROM design_request_states WHERE workspace_id IN (%s)""".formatted(WORKSPACE_IDS);

  private Visibility() {}

  /** The parameters of {@code sql} for one person: their user id at each of its {@code ?}. */
  public static Object[] person(String sql, String userId) {
    Object[] params = new Object[(int) sql.chars().filter(c -> c == '?').count()];
    java.util.Arrays.fill(params, userId);
    return params;
  }
}

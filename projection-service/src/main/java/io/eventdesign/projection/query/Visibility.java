package io.eventdesign.projection.query;

/**
 * What a customer may read across the organisation's read models, in SQL (one source for every query
 * that restricts to one person). Each subquery takes the person's user id twice.
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

  private Visibility() {}
}

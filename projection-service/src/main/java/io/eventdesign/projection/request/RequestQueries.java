package io.eventdesign.projection.request;

import io.eventdesign.projection.query.FilteredQuery;
import io.eventdesign.projection.query.Paging;
import io.eventdesign.projection.query.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads of {@code design_request_states}. */
public final class RequestQueries {

  /**
   * Filters of a request search; null means "any".
   *
   * @param visibleTo only the requests this person sees ({@link Visibility#REQUEST_IDS}); null for all (staff,
   *     read-only clients)
   */
  public record Filter(String visibleTo, String workspaceId, String tenantId, String status, String paymentStatus,
      String email) {}

  private static final String VISIBLE = "id IN (" + Visibility.REQUEST_IDS + ")";
  private static final String COLUMNS = """
      id, owner_id, workspace_id, tenant_id, version, status, payment_status, email, design_code, product_id, product_name, total_amount, currency,
      payment_id, provider_intent_id, net_amount, fee, method, failure_reason, failure_code, payment_attempts,
      last_attempt_at, confirmed_at, refunded_amount, cancel_reason, result_url, payment_version, created_at, updated_at""";

  private final JdbcClient jdbc;

  public RequestQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The request, when {@code visibleTo} (null: anyone) sees it. */
  public Optional<RequestRow> byId(String id, String visibleTo) {
    FilteredQuery query = new FilteredQuery().always("id = ?", id).visibleTo(VISIBLE, visibleTo);
    return query.one(jdbc, COLUMNS, "design_request_states", RequestQueries::row);
  }

  public Paging.Page<RequestRow> search(Filter filter, int page, int size) {
    return new FilteredQuery().visibleTo(VISIBLE, filter.visibleTo())
        .where("workspace_id = ?", filter.workspaceId())
        .where("tenant_id = ?", filter.tenantId())
        .where("status = ?", filter.status())
        .where("payment_status = ?", filter.paymentStatus())
        .where("lower(email) = lower(?)", filter.email())
        .page(jdbc, COLUMNS, "design_request_states", "created_at, id", RequestQueries::row, page, size);
  }

  /** Whether {@code visibleTo} sees the request a payment pays for (as far as the read model knows it). */
  public boolean paysForVisible(String paymentId, String visibleTo) {
    FilteredQuery query = new FilteredQuery().always("payment_id = ?", paymentId).visibleTo(VISIBLE, visibleTo);
    return query.exists(jdbc, "design_request_states");
  }

  private static RequestRow row(ResultSet rs, int rowNum) throws SQLException {
    return new RequestRow(rs.getString("id"), rs.getString("owner_id"), rs.getString("workspace_id"),
        rs.getString("tenant_id"), rs.getLong("version"), rs.getString("status"),
        rs.getString("payment_status"), rs.getString("email"), rs.getString("design_code"), rs.getString("product_id"),
        rs.getString("product_name"), rs.getLong("total_amount"), rs.getString("currency"), rs.getString("payment_id"),
        rs.getString("provider_intent_id"), rs.getObject("net_amount", Long.class), rs.getObject("fee", Long.class),
        rs.getString("method"), rs.getString("failure_reason"), rs.getString("failure_code"),
        rs.getInt("payment_attempts"), instant(rs.getTimestamp("last_attempt_at")),
        instant(rs.getTimestamp("confirmed_at")), rs.getObject("refunded_amount", Long.class),
        rs.getString("cancel_reason"), rs.getString("result_url"), rs.getObject("payment_version", Long.class),
        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}

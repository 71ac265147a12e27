package io.eventdesign.projection.request;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.projection.sink.BulkLoadableSqlTableWriter;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts {@code design_request_states} from {@code requests.state}, only when the incoming state is
 * newer: a higher request version, or the same request version with a newer payment version (so the
 * table ends with each request's newest state in any order of arrival, and a rebuild bulk-loads it).
 */
public final class RequestTableWriter extends BulkLoadableSqlTableWriter {

  /** The columns, in the order of {@link #row(RequestState)}. */
  public static final List<String> COLUMNS = List.of("id", "owner_id", "workspace_id", "tenant_id", "status", "payment_status", "email", "design_code",
      "product_id", "product_name", "total_amount", "currency", "payment_id", "provider_intent_id", "net_amount", "fee",
      "method", "failure_reason", "failure_code", "payment_attempts", "last_attempt_at", "confirmed_at",
      "refunded_amount", "cancel_reason", "result_url", "version", "payment_version", "created_at", "updated_at");
  private static final String UPSERT_TEMPLATE = upsertTemplate(COLUMNS, "id",
      "(%1$s.version, coalesce(%1$s.payment_version, 0)) < (EXCLUDED.version, coalesce(EXCLUDED.payment_version, 0))");

  /** The live table. */
  public static final String TABLE = "design_request_states";

  public RequestTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private RequestTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table, COLUMNS, UPSERT_TEMPLATE);
  }

  @Override
  public TableWriter into(String otherTable) {
    return new RequestTableWriter(jdbc, otherTable);
  }

  @Override
  public boolean accepts(ContractType type) {
    return type.javaClass() == RequestState.class;
  }

  @Override
  public Object[] row(SinkRecord record) {
    return row(record.<RequestState>value());
  }

  /** The row of one request's state. */
  public static Object[] row(RequestState s) {
    return new Object[] {
        s.getId(),
        s.getOwnerId(),
        s.getWorkspaceId(),
        s.getTenantId(),
        s.getStatus(),
        s.getPaymentStatus(),
        s.getEmail(),
        s.getDesignCode(),
        s.getProductId(),
        s.getProductName(),
        s.getTotalAmount(),
        s.getCurrency(),
        s.getPaymentId(),
        s.getProviderIntentId(),
        s.getNetAmount(),
        s.getFee(),
        s.getMethod(),
        s.getFailureReason(),
        s.getFailureCode(),
        s.getPaymentAttempts(),
        timestamp(s.getLastAttemptAt()),
        timestamp(s.getConfirmedAt()),
        s.getRefundedAmount(),
        s.getCancelReason(),
        s.getResultUrl(),
        s.getVersion(),
        s.getPaymentVersion(),
        timestamp(s.getCreatedAt()),
        timestamp(s.getUpdatedAt())};
  }

  @Override
  public List<String> identity() {
    return List.of("id");
  }

  @Override
  public List<String> keepFirst() {
    return List.of("version DESC", "coalesce(payment_version, 0) DESC");
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}

package io.eventdesign.projection.request;

import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.state.RequestState;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.sink.SqlTableWriter;
import io.eventdesign.projection.sink.TableWriter;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts {@code design_request_states} from {@code requests.state}, only when the incoming state is
 * newer: a higher request version, or the same request version with a newer payment version.
 */
public final class RequestTableWriter extends SqlTableWriter {

  private static final String UPSERT_TEMPLATE = """
      INSERT INTO %1$s (id, status, payment_status, email, design_code, product_id, product_name,
          total_amount, currency, payment_id, provider_intent_id, net_amount, fee, method, failure_reason,
          failure_code, payment_attempts, last_attempt_at, confirmed_at, refunded_amount, cancel_reason, result_url,
          version, payment_version, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
          status = EXCLUDED.status, payment_status = EXCLUDED.payment_status, email = EXCLUDED.email,
          design_code = EXCLUDED.design_code, product_id = EXCLUDED.product_id, product_name = EXCLUDED.product_name,
          total_amount = EXCLUDED.total_amount, currency = EXCLUDED.currency, payment_id = EXCLUDED.payment_id,
          provider_intent_id = EXCLUDED.provider_intent_id, net_amount = EXCLUDED.net_amount, fee = EXCLUDED.fee,
          method = EXCLUDED.method, failure_reason = EXCLUDED.failure_reason, failure_code = EXCLUDED.failure_code,
          payment_attempts = EXCLUDED.payment_attempts, last_attempt_at = EXCLUDED.last_attempt_at,
          confirmed_at = EXCLUDED.confirmed_at, refunded_amount = EXCLUDED.refunded_amount,
          cancel_reason = EXCLUDED.cancel_reason, result_url = EXCLUDED.result_url, version = EXCLUDED.version,
          payment_version = EXCLUDED.payment_version, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at
      WHERE (%1$s.version, coalesce(%1$s.payment_version, 0))
          < (EXCLUDED.version, coalesce(EXCLUDED.payment_version, 0))""";

  /** The live table. */
  public static final String TABLE = "design_request_states";

  private final String upsert;

  public RequestTableWriter(JdbcTemplate jdbc) {
    this(jdbc, TABLE);
  }

  private RequestTableWriter(JdbcTemplate jdbc, String table) {
    super(jdbc, table);
    this.upsert = sql(UPSERT_TEMPLATE);
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
  public void write(List<SinkRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(upsert, records, records.size(), (ps, record) -> {
      RequestState s = record.value();
      ps.setString(1, s.getId());
      ps.setString(2, s.getStatus());
      ps.setString(3, s.getPaymentStatus());
      ps.setString(4, s.getEmail());
      ps.setString(5, s.getDesignCode());
      ps.setString(6, s.getProductId());
      ps.setString(7, s.getProductName());
      ps.setLong(8, s.getTotalAmount());
      ps.setString(9, s.getCurrency());
      ps.setString(10, s.getPaymentId());
      ps.setString(11, s.getProviderIntentId());
      ps.setObject(12, s.getNetAmount(), Types.BIGINT);
      ps.setObject(13, s.getFee(), Types.BIGINT);
      ps.setString(14, s.getMethod());
      ps.setString(15, s.getFailureReason());
      ps.setString(16, s.getFailureCode());
      ps.setInt(17, s.getPaymentAttempts());
      ps.setTimestamp(18, timestamp(s.getLastAttemptAt()));
      ps.setTimestamp(19, timestamp(s.getConfirmedAt()));
      ps.setObject(20, s.getRefundedAmount(), Types.BIGINT);
      ps.setString(21, s.getCancelReason());
      ps.setString(22, s.getResultUrl());
      ps.setLong(23, s.getVersion());
      ps.setObject(24, s.getPaymentVersion(), Types.BIGINT);
      ps.setTimestamp(25, timestamp(s.getCreatedAt()));
      ps.setTimestamp(26, timestamp(s.getUpdatedAt()));
    });
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}

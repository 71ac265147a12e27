package io.eventdesign.payment.provider;

import io.eventdesign.platform.input.Text;
import io.eventdesign.platform.input.TextPolicy.Kind;

/**
 * The body of a provider webhook.
 *
 * @param type {@code payment.succeeded}, {@code payment.failed} or {@code refund.succeeded}
 * @param created Unix seconds
 */
public record ProviderEvent(
    @Text(Kind.IDENTIFIER) String id, @Text(Kind.IDENTIFIER) String type, long created, Data data) {

  public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
  public static final String PAYMENT_FAILED = "payment.failed";
  public static final String REFUND_SUCCEEDED = "refund.succeeded";

  /** Event data; which fields are set depends on the type. Amounts in minor units. */
  public record Data(
      @Text(Kind.IDENTIFIER) String paymentId,
      @Text(Kind.IDENTIFIER) String intentId,
      Long amount,
      @Text(Kind.IDENTIFIER) String currency,
      Long fee,
      Long net,
      @Text(Kind.IDENTIFIER) String method,
      @Text(Kind.IDENTIFIER) String failureCode,
      String failureReason,
      @Text(Kind.IDENTIFIER) String refundId,
      @Text(Kind.IDENTIFIER) String correlationId) {}
}

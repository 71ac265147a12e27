package io.eventdesign.payment.provider;

/**
 * The body of a provider webhook.
 *
 * @param type {@code payment.succeeded}, {@code payment.failed} or {@code refund.succeeded}
 * @param created Unix seconds
 */
public record ProviderEvent(String id, String type, long created, Data data) {

  public static final String PAYMENT_SUCCEEDED = "payment.succeeded";
  public static final String PAYMENT_FAILED = "payment.failed";
  public static final String REFUND_SUCCEEDED = "refund.succeeded";

  /** Event data; which fields are set depends on the type. Amounts in minor units. */
  public record Data(
      String paymentId,
      String intentId,
      Long amount,
      String currency,
      Long fee,
      Long net,
      String method,
      String failureCode,
      String failureReason,
      String refundId,
      String correlationId) {}
}

package io.eventdesign.payment.provider;

/**
 * The payment provider. Calls are idempotent per payment and attempt; outcomes arrive later as
 * signed webhooks on {@code POST /api/v1/payments/webhooks/provider}.
 */
public interface PaymentProvider {

  /**
   * What to charge for one attempt. Amounts in minor units. {@code correlationId} is metadata the
   * provider echoes back in its webhooks, so the whole flow shares one correlation id.
   */
  record IntentRequest(String paymentId, int attempt, long amount, String currency, String paymentMethodToken,
      String correlationId) {}

  /** What to give back. */
  record RefundRequest(String paymentId, String providerIntentId, long amount, String currency, String correlationId) {}

  /** Creates (or finds, on a repeated call) the intent for this attempt and returns its id. */
  String createIntent(IntentRequest request);

  /** Starts (or finds, on a repeated call) the refund and returns its id. */
  String refund(RefundRequest request);
}

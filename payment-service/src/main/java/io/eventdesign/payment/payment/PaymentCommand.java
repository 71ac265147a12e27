package io.eventdesign.payment.payment;

/** What can be asked of a payment. The payment id travels in the command metadata. */
public sealed interface PaymentCommand {

  /** Saga: a request was submitted. */
  record RequestPayment(String paymentId, String requestId, String ownerId, long amount, String currency, String email,
      String paymentMethodToken) implements PaymentCommand {}

  /** Provider gateway: the provider created an intent for an attempt. */
  record RecordIntent(String providerIntentId, int attempt) implements PaymentCommand {}

  /** Webhook: the provider confirmed the payment. */
  record RecordSuccess(String providerIntentId, long amount, String currency, long netAmount, long fee, String method)
      implements PaymentCommand {}

  /** Webhook: the provider declined the attempt. */
  record RecordFailure(String providerIntentId, String failureCode, String failureReason) implements PaymentCommand {}

  /** Customer: try a failed payment again, optionally with another payment method. */
  record RetryPayment(String paymentMethodToken) implements PaymentCommand {}

  /** Saga: the request was cancelled. Refunds a succeeded payment, cancels any other. */
  record CancelPayment(String reason) implements PaymentCommand {}

  /** Webhook: the provider refunded the payment (amount in minor units of currency, for its intent). */
  record RecordRefund(String providerRefundId, String providerIntentId, long amount, String currency)
      implements PaymentCommand {}
}

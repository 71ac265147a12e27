package io.eventdesign.payment.payment;

/** What happened to a payment. Every contract event also carries the request id. */
public sealed interface PaymentEvent {

  record Requested(String paymentId, String requestId, String ownerId, long amount, String currency, String email,
      String paymentMethodToken) implements PaymentEvent {}

  record IntentCreated(String providerIntentId, int attempt) implements PaymentEvent {}

  record Succeeded(long amount, String currency, long netAmount, long fee, String method, String providerIntentId)
      implements PaymentEvent {}

  record Failed(String failureCode, String failureReason, int attempt) implements PaymentEvent {}

  record Retried(int attempt, long amount, String currency, String paymentMethodToken) implements PaymentEvent {}

  record Cancelled(String reason) implements PaymentEvent {}

  record RefundRequested(long amount, String reason) implements PaymentEvent {}

  record Refunded(long amount, String providerRefundId) implements PaymentEvent {}
}

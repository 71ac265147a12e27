package io.eventdesign.payment.payment;

import io.eventdesign.contract.vocabulary.PaymentStatus;

/**
 * Current state of a payment as the decider sees it (amounts in minor units). {@code ownerId} is the
 * customer who owns the paid design request (null for requests without one: only staff see those).
 */
public record Payment(
    String id,
    String requestId,
    String ownerId,
    PaymentStatus status,
    long amount,
    String currency,
    String email,
    String paymentMethodToken,
    int attempts,
    String providerIntentId,
    String failureCode,
    String failureReason,
    Long netAmount,
    Long fee,
    String method,
    boolean refundRequested,
    long refundedAmount) {

  public static final Payment ABSENT =
      new Payment(null, null, null, null, 0, null, null, null, 0, null, null, null, null, null, null, false, 0);

  public boolean exists() {
    return id != null;
  }

  Payment with(PaymentStatus newStatus) {
    return new Payment(id, requestId, ownerId, newStatus, amount, currency, email, paymentMethodToken, attempts,
        providerIntentId, failureCode, failureReason, netAmount, fee, method, refundRequested, refundedAmount);
  }

  Payment withIntent(String intentId, int attempt) {
    return new Payment(id, requestId, ownerId, PaymentStatus.PROCESSING, amount, currency, email, paymentMethodToken, attempt,
        intentId, failureCode, failureReason, netAmount, fee, method, refundRequested, refundedAmount);
  }

  Payment succeeded(PaymentEvent.Succeeded s) {
    return new Payment(id, requestId, ownerId, PaymentStatus.SUCCEEDED, amount, currency, email, paymentMethodToken,
        Math.max(attempts, 1), s.providerIntentId(), failureCode, failureReason, s.netAmount(), s.fee(), s.method(),
        refundRequested, refundedAmount);
  }

  Payment failed(PaymentEvent.Failed f) {
    return new Payment(id, requestId, ownerId, PaymentStatus.FAILED, amount, currency, email, paymentMethodToken,
        Math.max(attempts, f.attempt()), providerIntentId, f.failureCode(), f.failureReason(), netAmount, fee, method,
        refundRequested, refundedAmount);
  }

  Payment retried(PaymentEvent.Retried r) {
    return new Payment(id, requestId, ownerId, PaymentStatus.PENDING, amount, currency, email, r.paymentMethodToken(),
        r.attempt(), providerIntentId, failureCode, failureReason, netAmount, fee, method, refundRequested, refundedAmount);
  }

  Payment withRefundRequested() {
    return new Payment(id, requestId, ownerId, status, amount, currency, email, paymentMethodToken, attempts, providerIntentId,
        failureCode, failureReason, netAmount, fee, method, true, refundedAmount);
  }

  Payment refunded(long amountRefunded) {
    return new Payment(id, requestId, ownerId, PaymentStatus.REFUNDED, amount, currency, email, paymentMethodToken, attempts,
        providerIntentId, failureCode, failureReason, netAmount, fee, method, true, refundedAmount + amountRefunded);
  }

  /** The attempt in progress: 1 before the first intent is recorded. */
  int currentAttempt() {
    return Math.max(attempts, 1);
  }
}

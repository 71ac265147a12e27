package io.eventdesign.payment.payment;

import io.eventdesign.contract.vocabulary.PaymentStatus;

/** A payment as the API returns it (amounts in minor units). */
record PaymentView(
    String id,
    long version,
    String requestId,
    PaymentStatus status,
    long amount,
    String currency,
    String email,
    int attempts,
    String providerIntentId,
    String failureCode,
    String failureReason,
    Long netAmount,
    Long fee,
    String method,
    boolean refundRequested,
    long refundedAmount) {

  static PaymentView of(Payment p, long version) {
    return new PaymentView(p.id(), version, p.requestId(), p.status(), p.amount(), p.currency(), p.email(),
        p.attempts(), p.providerIntentId(), p.failureCode(), p.failureReason(), p.netAmount(), p.fee(), p.method(),
        p.refundRequested(), p.refundedAmount());
  }
}

package io.eventdesign.payment.payment;

/** Lifecycle of a payment. */
public enum PaymentStatus {
  PENDING,
  PROCESSING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  REFUNDED
}

package io.eventdesign.contract.vocabulary;

/** The values of {@code PaymentState.status} and of {@code RequestState.paymentStatus}. */
public enum PaymentStatus {
  PENDING,
  PROCESSING,
  SUCCEEDED,
  FAILED,
  CANCELLED,
  REFUNDED
}

package io.eventdesign.projection.request;

import io.eventdesign.contract.vocabulary.PaymentStatus;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentCancelled;
import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentIntentCreated;
import io.eventdesign.contract.payment.PaymentRefunded;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.payment.PaymentRetried;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.contract.state.PaymentState;
import org.apache.avro.specific.SpecificRecord;

/** Folds payment events into {@code payment.state}. Pure; stale or repeated events are ignored. */
public final class PaymentStateReducer {

  private PaymentStateReducer() {}

  /** @param current the state so far, or null before the first event */
  public static PaymentState apply(PaymentState current, SpecificRecord event) {
    Envelope envelope = (Envelope) event.get(0);
    if (current != null && envelope.getAggregateVersion() <= current.getVersion()) {
      return current;
    }
    if (current == null) {
      return event instanceof PaymentRequested requested ? requested(requested, envelope) : null;
    }
    PaymentState.Builder next = PaymentState.newBuilder(current);
    switch (event) {
      case PaymentIntentCreated i -> next.setStatus(PaymentStatus.PROCESSING.name()).setProviderIntentId(i.getProviderIntentId())
          .setAttempts(i.getAttempt()).setLastAttemptAt(envelope.getOccurredAt());
      case PaymentSucceeded s -> next.setStatus(PaymentStatus.SUCCEEDED.name()).setProviderIntentId(s.getProviderIntentId())
          .setNetAmount(s.getNetAmount()).setFee(s.getFee()).setMethod(s.getMethod())
          .setAttempts(Math.max(1, current.getAttempts())).setLastAttemptAt(envelope.getOccurredAt())
          .setConfirmedAt(envelope.getOccurredAt());
      case PaymentFailed f -> next.setStatus(PaymentStatus.FAILED.name()).setFailureCode(f.getFailureCode())
          .setFailureReason(f.getFailureReason()).setAttempts(Math.max(f.getAttempt(), current.getAttempts()))
          .setLastAttemptAt(envelope.getOccurredAt());
      case PaymentRetried r -> next.setStatus(PaymentStatus.PENDING.name()).setAttempts(r.getAttempt());
      case PaymentCancelled ignored -> next.setStatus(PaymentStatus.CANCELLED.name());
      case PaymentRefunded r -> next.setStatus(PaymentStatus.REFUNDED.name())
          .setRefundedAmount((current.getRefundedAmount() == null ? 0 : current.getRefundedAmount()) + r.getAmount());
      default -> { } // a refund request changes no summary field until the refund happens
    }
    return next.setVersion(envelope.getAggregateVersion()).setUpdatedAt(envelope.getOccurredAt()).build();
  }

  private static PaymentState requested(PaymentRequested r, Envelope envelope) {
    return PaymentState.newBuilder()
        .setId(envelope.getAggregateId()).setRequestId(r.getRequestId()).setVersion(envelope.getAggregateVersion())
        .setStatus(PaymentStatus.PENDING.name()).setAmount(r.getAmount()).setCurrency(r.getCurrency()).setEmail(r.getEmail())
        .setAttempts(0).setCreatedAt(envelope.getOccurredAt()).setUpdatedAt(envelope.getOccurredAt())
        .build();
  }
}

package io.eventdesign.payment.payment;

import io.eventdesign.contract.vocabulary.PaymentStatus;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;

/**
 * The rules of a payment. Provider callbacks may arrive in any order and more than once, so every
 * provider-driven command that no longer applies is accepted with no events rather than refused.
 */
public final class PaymentDecider implements Decider<PaymentCommand, PaymentEvent, Payment> {

  @Override
  public Payment initialState() {
    return Payment.ABSENT;
  }

  @Override
  public Decision<PaymentEvent> decide(PaymentCommand command, Payment payment) {
    if (!(command instanceof PaymentCommand.RequestPayment) && !payment.exists()) {
      return Decision.reject(Rejection.notFound("no such payment"));
    }
    return switch (command) {
      case PaymentCommand.RequestPayment r -> payment.exists() ? Decision.accept()
          : Decision.accept(new PaymentEvent.Requested(r.paymentId(), r.requestId(), r.ownerId(), r.amount(), r.currency(), r.email(),
              r.paymentMethodToken()));
      case PaymentCommand.RecordIntent intent ->
          payment.status() == PaymentStatus.PENDING && intent.attempt() == payment.currentAttempt()
              ? Decision.accept(new PaymentEvent.IntentCreated(intent.providerIntentId(), intent.attempt()))
              : Decision.accept();
      case PaymentCommand.RecordSuccess success -> ProviderFacts.ofSuccess(success, payment)
          .map(Decision::<PaymentEvent>reject).orElseGet(() -> recordSuccess(success, payment));
      case PaymentCommand.RecordFailure failure -> ProviderFacts.ofFailure(failure, payment)
          .map(Decision::<PaymentEvent>reject).orElseGet(() -> recordFailure(failure, payment));
      case PaymentCommand.RetryPayment retry -> retry(retry, payment);
      case PaymentCommand.CancelPayment cancel -> cancel(cancel, payment);
      case PaymentCommand.RecordRefund refund -> ProviderFacts.ofRefund(refund, payment)
          .map(Decision::<PaymentEvent>reject).orElseGet(() -> recordRefund(refund, payment));
    };
  }

  private static Decision<PaymentEvent> recordFailure(PaymentCommand.RecordFailure failure, Payment payment) {
    // A failure of an earlier attempt's intent arriving after a retry changes nothing.
    return payment.status() == PaymentStatus.PROCESSING
        ? Decision.accept(new PaymentEvent.Failed(failure.failureCode(), failure.failureReason(), payment.currentAttempt()))
        : Decision.accept();
  }

  private static Decision<PaymentEvent> recordRefund(PaymentCommand.RecordRefund refund, Payment payment) {
    return payment.refundRequested() && payment.status() == PaymentStatus.SUCCEEDED
        ? Decision.accept(new PaymentEvent.Refunded(refund.amount(), refund.providerRefundId()))
        : Decision.accept();
  }

  private static Decision<PaymentEvent> recordSuccess(PaymentCommand.RecordSuccess s, Payment payment) {
    var succeeded = new PaymentEvent.Succeeded(s.amount(), s.currency(), s.netAmount(), s.fee(), s.method(), s.providerIntentId());
    return switch (payment.status()) {
      case PENDING, PROCESSING, FAILED -> Decision.accept(succeeded);
      // Money was taken after the request was cancelled: record it and give it back.
      case CANCELLED -> Decision.accept(succeeded, new PaymentEvent.RefundRequested(s.amount(), "request cancelled before payment"));
      case SUCCEEDED, REFUNDED -> Decision.accept();
    };
  }

  private static Decision<PaymentEvent> retry(PaymentCommand.RetryPayment retry, Payment payment) {
    if (payment.status() != PaymentStatus.FAILED) {
      return Decision.reject(Rejection.invalidState("only a failed payment can be retried", payment.status().name()));
    }
    String token = retry.paymentMethodToken() == null ? payment.paymentMethodToken() : retry.paymentMethodToken();
    return Decision.accept(new PaymentEvent.Retried(payment.attempts() + 1, payment.amount(), payment.currency(), token));
  }

  private static Decision<PaymentEvent> cancel(PaymentCommand.CancelPayment cancel, Payment payment) {
    return switch (payment.status()) {
      case PENDING, PROCESSING, FAILED -> Decision.accept(new PaymentEvent.Cancelled(cancel.reason()));
      case SUCCEEDED -> payment.refundRequested() ? Decision.accept()
          : Decision.accept(new PaymentEvent.RefundRequested(payment.amount(), cancel.reason()));
      case CANCELLED, REFUNDED -> Decision.accept();
    };
  }

  @Override
  public Payment evolve(Payment payment, PaymentEvent event) {
    return switch (event) {
      case PaymentEvent.Requested r -> new Payment(r.paymentId(), r.requestId(), r.ownerId(), PaymentStatus.PENDING, r.amount(),
          r.currency(), r.email(), r.paymentMethodToken(), 0, null, null, null, null, null, null, false, 0);
      case PaymentEvent.IntentCreated i -> payment.withIntent(i.providerIntentId(), i.attempt());
      case PaymentEvent.Succeeded s -> payment.succeeded(s);
      case PaymentEvent.Failed f -> payment.failed(f);
      case PaymentEvent.Retried r -> payment.retried(r);
      case PaymentEvent.Cancelled ignored -> payment.with(PaymentStatus.CANCELLED);
      case PaymentEvent.RefundRequested ignored -> payment.withRefundRequested();
      case PaymentEvent.Refunded r -> payment.refunded(r.amount());
    };
  }
}

package io.eventdesign.payment.payment;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.payment.PaymentCancelled;
import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentIntentCreated;
import io.eventdesign.contract.payment.PaymentRefundRequested;
import io.eventdesign.contract.payment.PaymentRefunded;
import io.eventdesign.contract.payment.PaymentRequested;
import io.eventdesign.contract.payment.PaymentRetried;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.platform.command.EventMapper;
import org.apache.avro.specific.SpecificRecord;

/** Domain payment events to the public contract records on {@code payments.events}; each carries the request id. */
final class PaymentEventMapper implements EventMapper<PaymentEvent, Payment> {

  @Override
  public SpecificRecord toRecord(PaymentEvent event, Payment payment, Envelope envelope) {
    String requestId = payment.requestId();
    return switch (event) {
      case PaymentEvent.Requested r -> PaymentRequested.newBuilder().setEnvelope(envelope).setOwnerId(r.ownerId()).setRequestId(requestId)
          .setAmount(r.amount()).setCurrency(r.currency()).setEmail(r.email())
          .setPaymentMethodToken(r.paymentMethodToken()).build();
      case PaymentEvent.IntentCreated i -> PaymentIntentCreated.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setProviderIntentId(i.providerIntentId()).setAttempt(i.attempt()).build();
      case PaymentEvent.Succeeded s -> PaymentSucceeded.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setAmount(s.amount()).setCurrency(s.currency()).setNetAmount(s.netAmount()).setFee(s.fee())
          .setMethod(s.method()).setProviderIntentId(s.providerIntentId()).build();
      case PaymentEvent.Failed f -> PaymentFailed.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setFailureCode(f.failureCode()).setFailureReason(f.failureReason()).setAttempt(f.attempt()).build();
      case PaymentEvent.Retried r -> PaymentRetried.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setAttempt(r.attempt()).setAmount(r.amount()).setCurrency(r.currency())
          .setPaymentMethodToken(r.paymentMethodToken()).build();
      case PaymentEvent.Cancelled c -> PaymentCancelled.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setReason(c.reason()).build();
      case PaymentEvent.RefundRequested r -> PaymentRefundRequested.newBuilder().setEnvelope(envelope)
          .setRequestId(requestId).setAmount(r.amount()).setCurrency(payment.currency())
          .setProviderIntentId(payment.providerIntentId()).setReason(r.reason()).build();
      case PaymentEvent.Refunded r -> PaymentRefunded.newBuilder().setEnvelope(envelope).setRequestId(requestId)
          .setAmount(r.amount()).setCurrency(payment.currency()).setProviderRefundId(r.providerRefundId()).build();
    };
  }
}

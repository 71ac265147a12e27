package io.eventdesign.request.designrequest;

import io.eventdesign.contract.payment.PaymentFailed;
import io.eventdesign.contract.payment.PaymentRefunded;
import io.eventdesign.contract.payment.PaymentSucceeded;
import io.eventdesign.platform.processor.Reaction;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** Saga: payment outcomes move the request (paid, failure recorded, refund noted). */
final class PaymentReaction implements Reaction<RequestCommand> {

  @Override
  public List<Caused<RequestCommand>> react(SpecificRecord event) {
    return switch (event) {
      case PaymentSucceeded s -> List.of(new Caused<>(s.getRequestId(),
          new RequestCommand.MarkPaid(s.getEnvelope().getAggregateId(), s.getAmount(), s.getCurrency())));
      case PaymentFailed f -> List.of(new Caused<>(f.getRequestId(), new RequestCommand.RecordPaymentFailure(
          f.getEnvelope().getAggregateId(), f.getFailureCode(), f.getFailureReason(), f.getAttempt())));
      case PaymentRefunded r -> List.of(new Caused<>(r.getRequestId(),
          new RequestCommand.NoteRefund(r.getEnvelope().getAggregateId(), r.getAmount(), r.getCurrency())));
      default -> List.of();
    };
  }
}

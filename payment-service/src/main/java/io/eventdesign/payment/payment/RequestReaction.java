package io.eventdesign.payment.payment;

import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.platform.processor.Reaction;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;

/** Saga: a submitted request asks for a payment; a cancelled one cancels or refunds it. */
final class RequestReaction implements Reaction<PaymentCommand> {

  private static final Set<String> STATUSES_WITH_PAYMENT = Set.of(RequestStatus.SUBMITTED.name(), RequestStatus.PAID.name());

  @Override
  public List<Caused<PaymentCommand>> react(SpecificRecord event) {
    return switch (event) {
      case RequestSubmitted s -> {
        String requestId = s.getEnvelope().getAggregateId();
        String paymentId = PaymentIds.forRequest(requestId);
        yield List.of(new Caused<>(paymentId, new PaymentCommand.RequestPayment(paymentId, requestId, s.getOwnerId(), s.getAmount(),
            s.getCurrency(), s.getEmail(), s.getPaymentMethodToken())));
      }
      case RequestCancelled c when STATUSES_WITH_PAYMENT.contains(c.getPreviousStatus()) -> List.of(new Caused<>(
          PaymentIds.forRequest(c.getEnvelope().getAggregateId()), new PaymentCommand.CancelPayment(c.getReason())));
      default -> List.of();
    };
  }
}

package io.eventdesign.request.designrequest;

import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestCreated;
import io.eventdesign.contract.request.RequestDesignCompleted;
import io.eventdesign.contract.request.RequestDesignStarted;
import io.eventdesign.contract.request.RequestPaid;
import io.eventdesign.contract.request.RequestPaymentFailed;
import io.eventdesign.contract.request.RequestRefunded;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.platform.command.EventMapper;
import org.apache.avro.specific.SpecificRecord;

/** Domain request events to the public contract records on {@code requests.events}. */
final class RequestEventMapper implements EventMapper<RequestEvent, DesignRequest> {

  @Override
  public SpecificRecord toRecord(RequestEvent event, DesignRequest state, Envelope envelope) {
    return switch (event) {
      case RequestEvent.Created c -> RequestCreated.newBuilder().setEnvelope(envelope).setOwnerId(c.ownerId())
          .setWorkspaceId(c.workspaceId())
          .setProductId(c.product().id()).setProductName(c.product().name()).setDesignCode(c.designCode())
          .setAmount(c.product().price()).setCurrency(c.product().currency()).build();
      case RequestEvent.AnswerRecorded a -> RequestAnswerRecorded.newBuilder().setEnvelope(envelope)
          .setQuestionId(a.answer().questionId()).setAnswerVersion(a.answer().version()).setText(a.answer().text())
          .setFileUrl(a.answer().fileUrl()).setOptions(a.answer().options()).build();
      case RequestEvent.Submitted s -> RequestSubmitted.newBuilder().setEnvelope(envelope).setOwnerId(s.ownerId())
          .setEmail(s.email())
          .setAmount(s.amount()).setCurrency(s.currency()).setPaymentMethodToken(s.paymentMethodToken()).build();
      case RequestEvent.Cancelled c -> RequestCancelled.newBuilder().setEnvelope(envelope).setReason(c.reason())
          .setCancelledBy(c.by().name()).setPreviousStatus(c.previousStatus().name()).build();
      case RequestEvent.Paid p -> RequestPaid.newBuilder().setEnvelope(envelope).setPaymentId(p.paymentId())
          .setAmount(p.amount()).setCurrency(p.currency()).build();
      case RequestEvent.PaymentFailed f -> RequestPaymentFailed.newBuilder().setEnvelope(envelope)
          .setPaymentId(f.paymentId()).setFailureCode(f.failureCode()).setFailureReason(f.failureReason())
          .setAttempt(f.attempt()).build();
      case RequestEvent.Refunded r -> RequestRefunded.newBuilder().setEnvelope(envelope).setPaymentId(r.paymentId())
          .setAmount(r.amount()).setCurrency(r.currency()).build();
      case RequestEvent.DesignStarted ignored -> RequestDesignStarted.newBuilder().setEnvelope(envelope).build();
      case RequestEvent.DesignCompleted d -> RequestDesignCompleted.newBuilder().setEnvelope(envelope)
          .setResultUrl(d.resultUrl()).build();
    };
  }
}

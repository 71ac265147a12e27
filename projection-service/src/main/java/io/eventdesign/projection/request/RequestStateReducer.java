package io.eventdesign.projection.request;

import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.request.RequestAnswerRecorded;
import io.eventdesign.contract.request.RequestCancelled;
import io.eventdesign.contract.request.RequestCreated;
import io.eventdesign.contract.request.RequestDesignCompleted;
import io.eventdesign.contract.request.RequestDesignStarted;
import io.eventdesign.contract.request.RequestPaid;
import io.eventdesign.contract.request.RequestSubmitted;
import io.eventdesign.contract.state.CurrentAnswer;
import io.eventdesign.contract.state.PaymentState;
import io.eventdesign.contract.state.RequestState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Folds design-request events into {@code request.state} and joins a payment's state into it.
 * Pure; events at or below the current version are ignored, so re-delivery applies nothing twice.
 */
public final class RequestStateReducer {

  private RequestStateReducer() {}

  /** @param current the state so far, or null before the first event */
  public static RequestState apply(RequestState current, SpecificRecord event) {
    Envelope envelope = (Envelope) event.get(0);
    if (current != null && envelope.getAggregateVersion() <= current.getVersion()) {
      return current;
    }
    if (current == null) {
      return event instanceof RequestCreated created ? created(created, envelope) : null;
    }
    RequestState.Builder next = RequestState.newBuilder(current);
    switch (event) {
      case RequestAnswerRecorded a -> next.setAnswers(withAnswer(current.getAnswers(), a, envelope));
      case RequestSubmitted s -> next.setStatus(RequestStatus.SUBMITTED.name()).setEmail(s.getEmail()).setTotalAmount(s.getAmount())
          .setCurrency(s.getCurrency());
      case RequestCancelled c -> next.setStatus(RequestStatus.CANCELLED.name()).setCancelReason(c.getReason());
      case RequestPaid p -> next.setStatus(RequestStatus.PAID.name()).setPaymentId(p.getPaymentId());
      case RequestDesignStarted ignored -> next.setStatus(RequestStatus.DESIGN_STARTED.name());
      case RequestDesignCompleted d -> next.setStatus(RequestStatus.DESIGN_COMPLETED.name()).setResultUrl(d.getResultUrl());
      default -> { } // payment failures and refunds are taken from the payment itself
    }
    return next.setVersion(envelope.getAggregateVersion()).setUpdatedAt(envelope.getOccurredAt()).build();
  }

  /** The request with its payment's fields; the request alone when there is no payment yet. */
  public static RequestState withPayment(RequestState request, PaymentState payment) {
    if (request == null || payment == null) {
      return request;
    }
    var updatedAt = payment.getUpdatedAt().isAfter(request.getUpdatedAt()) ? payment.getUpdatedAt() : request.getUpdatedAt();
    return RequestState.newBuilder(request)
        .setPaymentId(payment.getId()).setPaymentStatus(payment.getStatus()).setPaymentVersion(payment.getVersion())
        .setProviderIntentId(payment.getProviderIntentId()).setNetAmount(payment.getNetAmount()).setFee(payment.getFee())
        .setMethod(payment.getMethod()).setFailureCode(payment.getFailureCode())
        .setFailureReason(payment.getFailureReason()).setPaymentAttempts(payment.getAttempts())
        .setLastAttemptAt(payment.getLastAttemptAt()).setConfirmedAt(payment.getConfirmedAt())
        .setRefundedAmount(payment.getRefundedAmount()).setUpdatedAt(updatedAt)
        .build();
  }

  private static RequestState created(RequestCreated c, Envelope envelope) {
    return RequestState.newBuilder()
        .setId(envelope.getAggregateId()).setVersion(envelope.getAggregateVersion()).setOwnerId(c.getOwnerId())
        .setWorkspaceId(c.getWorkspaceId()).setTenantId(envelope.getTenantId())
        .setStatus(RequestStatus.DRAFT.name())
        .setProductId(c.getProductId()).setProductName(c.getProductName()).setDesignCode(c.getDesignCode())
        .setTotalAmount(c.getAmount()).setCurrency(c.getCurrency()).setAnswers(List.of())
        .setCreatedAt(envelope.getOccurredAt()).setUpdatedAt(envelope.getOccurredAt())
        .build();
  }

  private static List<CurrentAnswer> withAnswer(List<CurrentAnswer> answers, RequestAnswerRecorded a, Envelope envelope) {
    List<CurrentAnswer> next = new ArrayList<>(answers.stream().filter(x -> !x.getQuestionId().equals(a.getQuestionId())).toList());
    next.add(CurrentAnswer.newBuilder().setQuestionId(a.getQuestionId()).setVersion(a.getAnswerVersion())
        .setText(a.getText()).setFileUrl(a.getFileUrl()).setOptions(a.getOptions())
        .setAnsweredAt(envelope.getOccurredAt()).build());
    next.sort(Comparator.comparing(CurrentAnswer::getQuestionId));
    return next;
  }
}

package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.request.catalog.Product;

/** What happened to a design request. */
public sealed interface RequestEvent {

  record Created(String requestId, String ownerId, String workspaceId, String tenantId, Product product,
      String designCode) implements RequestEvent {}

  record AnswerRecorded(Answer answer) implements RequestEvent {}

  record Submitted(String ownerId, String email, long amount, String currency, String paymentMethodToken) implements RequestEvent {}

  record Cancelled(String reason, RequestCommand.CancelledBy by, RequestStatus previousStatus) implements RequestEvent {}

  record Paid(String paymentId, long amount, String currency) implements RequestEvent {}

  record PaymentFailed(String paymentId, String failureCode, String failureReason, int attempt) implements RequestEvent {}

  record Refunded(String paymentId, long amount, String currency) implements RequestEvent {}

  record DesignStarted() implements RequestEvent {}

  record DesignCompleted(String resultUrl) implements RequestEvent {}
}

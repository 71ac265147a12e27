package io.eventdesign.request.designrequest;

import io.eventdesign.request.catalog.Product;
import java.util.List;

/** What can be asked of a design request. The request id travels in the command metadata. */
public sealed interface RequestCommand {

  /**
   * Starts a request; carries the product as the catalogue had it, so its questionnaire is fixed, and the
   * creator's seat in the workspace it is created in, as the edge found it (null: a personal request).
   */
  record CreateRequest(String requestId, String ownerId, WorkspaceSeat workspace, Product product, String designCode)
      implements RequestCommand {}

  record RecordAnswer(String questionId, String text, String fileUrl, List<String> options) implements RequestCommand {}

  record SubmitRequest(String email, String paymentMethodToken) implements RequestCommand {}

  record CancelRequest(String reason, CancelledBy by) implements RequestCommand {}

  record StartDesign() implements RequestCommand {}

  record CompleteDesign(String resultUrl) implements RequestCommand {}

  /** Saga: the payment succeeded. */
  record MarkPaid(String paymentId, long amount, String currency) implements RequestCommand {}

  /** Saga: a payment attempt failed. */
  record RecordPaymentFailure(String paymentId, String failureCode, String failureReason, int attempt)
      implements RequestCommand {}

  /** Saga: the payment was refunded. */
  record NoteRefund(String paymentId, long amount, String currency) implements RequestCommand {}

  /** Who cancels. */
  enum CancelledBy {
    CUSTOMER,
    STAFF
  }
}

package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.RequestStatus;
import io.eventdesign.request.catalog.Product;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Current state of a design request as the decider sees it. {@code answers} holds the current
 * (latest) version per question; earlier versions live on in the events. {@code ownerId} is the user
 * who created it (null for requests created before sign-in existed: only staff act on those).
 * {@code workspaceId} is the workspace it was created in, whose members see and change it by their role
 * ({@code tenantId} is that workspace's tenant); both null for a personal request, which only its owner
 * (and staff) see, as every request created before workspaces existed.
 */
public record DesignRequest(
    String id,
    String ownerId,
    String workspaceId,
    String tenantId,
    RequestStatus status,
    Product product,
    String designCode,
    Map<String, Answer> answers,
    String email,
    String paymentId,
    PaymentFailure lastPaymentFailure,
    long refundedAmount,
    String cancelReason,
    String resultUrl) {

  /** The latest failed payment attempt. */
  public record PaymentFailure(String code, String reason, int attempt) {}

  public static final DesignRequest ABSENT =
      new DesignRequest(null, null, null, null, null, null, null, Map.of(), null, null, null, 0, null, null);

  public DesignRequest {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }

  public boolean exists() {
    return id != null;
  }

  public List<Answer> currentAnswers() {
    return new TreeMap<>(answers).values().stream().toList();
  }

  DesignRequest with(RequestStatus newStatus) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, newStatus, product, designCode, answers, email, paymentId, lastPaymentFailure,
        refundedAmount, cancelReason, resultUrl);
  }

  DesignRequest withAnswer(Answer answer) {
    Map<String, Answer> next = new TreeMap<>(answers);
    next.put(answer.questionId(), answer);
    return new DesignRequest(id, ownerId, workspaceId, tenantId, status, product, designCode, next, email, paymentId, lastPaymentFailure,
        refundedAmount, cancelReason, resultUrl);
  }

  DesignRequest submitted(String submittedEmail) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, RequestStatus.SUBMITTED, product, designCode, answers, submittedEmail, paymentId,
        lastPaymentFailure, refundedAmount, cancelReason, resultUrl);
  }

  DesignRequest cancelled(String reason) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, RequestStatus.CANCELLED, product, designCode, answers, email, paymentId,
        lastPaymentFailure, refundedAmount, reason, resultUrl);
  }

  DesignRequest paid(String byPayment) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, RequestStatus.PAID, product, designCode, answers, email, byPayment,
        lastPaymentFailure, refundedAmount, cancelReason, resultUrl);
  }

  DesignRequest failedPayment(String byPayment, PaymentFailure failure) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, status, product, designCode, answers, email, byPayment, failure, refundedAmount,
        cancelReason, resultUrl);
  }

  DesignRequest refunded(long amount) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, status, product, designCode, answers, email, paymentId, lastPaymentFailure,
        refundedAmount + amount, cancelReason, resultUrl);
  }

  DesignRequest completed(String result) {
    return new DesignRequest(id, ownerId, workspaceId, tenantId, RequestStatus.DESIGN_COMPLETED, product, designCode, answers, email, paymentId,
        lastPaymentFailure, refundedAmount, cancelReason, result);
  }
}

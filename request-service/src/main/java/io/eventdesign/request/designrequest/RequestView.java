package io.eventdesign.request.designrequest;

import io.eventdesign.contract.vocabulary.RequestStatus;
import java.util.List;

/** A design request as the API returns it (amounts in minor units). */
record RequestView(
    String id,
    long version,
    String workspaceId,
    String tenantId,
    RequestStatus status,
    String productId,
    String productName,
    String designCode,
    long totalAmount,
    String currency,
    String email,
    List<Answer> answers,
    String paymentId,
    DesignRequest.PaymentFailure lastPaymentFailure,
    long refundedAmount,
    String cancelReason,
    String resultUrl) {

  static RequestView of(DesignRequest r, long version) {
    return new RequestView(r.id(), version, r.workspaceId(), r.tenantId(), r.status(), r.product().id(), r.product().name(), r.designCode(),
        r.product().price(), r.product().currency(), r.email(), r.currentAnswers(), r.paymentId(),
        r.lastPaymentFailure(), r.refundedAmount(), r.cancelReason(), r.resultUrl());
  }
}

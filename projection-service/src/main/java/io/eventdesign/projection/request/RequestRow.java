package io.eventdesign.projection.request;

import java.time.Instant;

/** One row of {@code design_request_states} as the query API returns it (amounts in minor units). */
public record RequestRow(
    String id,
    String ownerId,
    String workspaceId,
    String tenantId,
    long version,
    String status,
    String paymentStatus,
    String email,
    String designCode,
    String productId,
    String productName,
    long totalAmount,
    String currency,
    String paymentId,
    String providerIntentId,
    Long netAmount,
    Long fee,
    String method,
    String failureReason,
    String failureCode,
    int paymentAttempts,
    Instant lastAttemptAt,
    Instant confirmedAt,
    Long refundedAmount,
    String cancelReason,
    String resultUrl,
    Long paymentVersion,
    Instant createdAt,
    Instant updatedAt) {

  /** The row the sink writes for {@code state}. */
  public static RequestRow of(io.eventdesign.contract.state.RequestState s) {
    return new RequestRow(s.getId(), s.getOwnerId(), s.getWorkspaceId(), s.getTenantId(), s.getVersion(), s.getStatus(), s.getPaymentStatus(), s.getEmail(),
        s.getDesignCode(), s.getProductId(), s.getProductName(), s.getTotalAmount(), s.getCurrency(), s.getPaymentId(),
        s.getProviderIntentId(), s.getNetAmount(), s.getFee(), s.getMethod(), s.getFailureReason(), s.getFailureCode(),
        s.getPaymentAttempts(), s.getLastAttemptAt(), s.getConfirmedAt(), s.getRefundedAmount(), s.getCancelReason(),
        s.getResultUrl(), s.getPaymentVersion(), s.getCreatedAt(), s.getUpdatedAt());
  }
}

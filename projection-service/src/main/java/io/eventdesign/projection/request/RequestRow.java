package io.eventdesign.projection.request;

import java.time.Instant;

/** One row of {@code design_request_states} as the query API returns it (amounts in minor units). */
public record RequestRow(
    String id,
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
    Instant updatedAt) {}

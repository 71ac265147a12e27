package io.eventdesign.contract.vocabulary;

/**
 * The values of {@code RequestState.status}, and the request aggregate's lifecycle: DRAFT -> SUBMITTED ->
 * PAID -> DESIGN_STARTED -> DESIGN_COMPLETED; CANCELLED from DRAFT, SUBMITTED or PAID.
 */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  PAID,
  DESIGN_STARTED,
  DESIGN_COMPLETED,
  CANCELLED
}

package io.eventdesign.contract.vocabulary;

/** The values of {@code RequestState.status}. */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  PAID,
  DESIGN_STARTED,
  DESIGN_COMPLETED,
  CANCELLED
}

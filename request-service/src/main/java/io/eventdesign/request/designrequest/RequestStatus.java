package io.eventdesign.request.designrequest;

/** Lifecycle: DRAFT -> SUBMITTED -> PAID -> DESIGN_STARTED -> DESIGN_COMPLETED; CANCELLED from DRAFT, SUBMITTED or PAID. */
public enum RequestStatus {
  DRAFT,
  SUBMITTED,
  PAID,
  DESIGN_STARTED,
  DESIGN_COMPLETED,
  CANCELLED
}

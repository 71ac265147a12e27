package io.eventdesign.contract.vocabulary;

/** The values of {@code UserState.status}: registered accounts start {@code INACTIVE}. */
public enum UserStatus {
  INACTIVE,
  ACTIVE,
  DEACTIVATED
}

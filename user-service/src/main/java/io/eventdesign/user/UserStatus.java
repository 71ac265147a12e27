package io.eventdesign.user;

/** Lifecycle of an account: registered accounts start INACTIVE. */
public enum UserStatus {
  INACTIVE,
  ACTIVE,
  DEACTIVATED
}

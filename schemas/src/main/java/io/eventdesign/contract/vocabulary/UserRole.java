package io.eventdesign.contract.vocabulary;

/** The values of {@code UserState.roles} and of the role events' {@code role}. */
public enum UserRole {
  CUSTOMER,
  DESIGNER,
  STAFF,
  ADMIN
}

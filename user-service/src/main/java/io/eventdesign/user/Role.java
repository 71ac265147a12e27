package io.eventdesign.user;

/** Roles a user can hold. */
public enum Role {
  CUSTOMER,
  DESIGNER,
  STAFF,
  ADMIN
}

package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;

/** What happened to a user. Mapped one to one onto the contract's user events. */
public sealed interface UserEvent {

  record Registered(String userId, String email, String firstName, String lastName, String company, String tenantId,
      String invitedTo) implements UserEvent {}

  record Activated() implements UserEvent {}

  record Deactivated(String reason) implements UserEvent {}

  record ProfileUpdated(String firstName, String lastName, String avatarUrl, String timeZone, String language)
      implements UserEvent {}

  record RoleGranted(UserRole role) implements UserEvent {}

  record RoleRevoked(UserRole role) implements UserEvent {}
}

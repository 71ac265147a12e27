package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;

/** What a client can ask of a user. The user id travels in the command metadata. */
public sealed interface UserCommand {

  /**
   * @param tenantId the tenant the person signs up into (see {@code user.registered})
   * @param invitedTo the workspace whose invitation they redeemed, or null
   */
  record RegisterUser(String userId, String email, String firstName, String lastName, String company, String tenantId,
      String invitedTo) implements UserCommand {}

  record ActivateUser() implements UserCommand {}

  record DeactivateUser(String reason) implements UserCommand {}

  record UpdateProfile(String firstName, String lastName, String avatarUrl, String timeZone, String language)
      implements UserCommand {}

  record GrantRole(UserRole role) implements UserCommand {}

  record RevokeRole(UserRole role) implements UserCommand {}
}

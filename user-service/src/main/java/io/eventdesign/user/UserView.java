package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.vocabulary.UserStatus;
import java.util.List;

/** A user as the API returns it. */
record UserView(
    String id,
    long version,
    String email,
    String firstName,
    String lastName,
    String displayName,
    String company,
    UserStatus status,
    List<UserRole> roles,
    String avatarUrl,
    String timeZone,
    String language,
    String deactivationReason) {

  static UserView of(User user, long version) {
    return new UserView(user.id(), version, user.email(), user.firstName(), user.lastName(),
        user.firstName() + " " + user.lastName(), user.company(), user.status(),
        user.roles().stream().sorted().toList(), user.avatarUrl(), user.timeZone(), user.language(),
        user.deactivationReason());
  }
}

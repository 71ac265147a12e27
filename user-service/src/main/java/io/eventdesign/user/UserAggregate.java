package io.eventdesign.user;

import io.eventdesign.contract.topic.Topics;
import io.eventdesign.platform.command.AggregateDefinition;
import io.eventdesign.platform.command.People;
import io.eventdesign.platform.processor.UniqueClaim;
import java.util.Map;

/** How the generic command processor runs users, and the one-account-per-e-mail claim. */
final class UserAggregate {

  static final AggregateDefinition<UserCommand, UserEvent, User> DEFINITION =
      new AggregateDefinition<>(
          "user",
          new UserDecider(),
          Map.of(
              "RegisterUser", UserCommand.RegisterUser.class,
              "ActivateUser", UserCommand.ActivateUser.class,
              "DeactivateUser", UserCommand.DeactivateUser.class,
              "UpdateProfile", UserCommand.UpdateProfile.class,
              "GrantRole", UserCommand.GrantRole.class,
              "RevokeRole", UserCommand.RevokeRole.class),
          User.class,
          new UserEventMapper(),
          Topics.USERS_COMMANDS,
          Topics.USERS_EVENTS,
          People.owner(User::id),
          User::tenantId);

  static final UniqueClaim EMAIL_CLAIM =
      new UniqueClaim("user-email", Topics.USERS_REGISTRATIONS, "email",
          "an account with this e-mail address already exists");

  private UserAggregate() {}
}

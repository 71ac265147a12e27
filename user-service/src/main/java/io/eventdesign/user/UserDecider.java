package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.vocabulary.UserStatus;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.decider.Decider;
import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.EnumSet;
import java.util.Objects;

/** The rules of a user account. Pure: no clock, no I/O. */
public final class UserDecider implements Decider<UserCommand, UserEvent, User> {

  @Override
  public User initialState() {
    return User.ABSENT;
  }

  @Override
  public Decision<UserEvent> decide(UserCommand command, User user) {
    if (!(command instanceof UserCommand.RegisterUser) && !user.exists()) {
      return Decision.reject(Rejection.notFound("no such user"));
    }
    return switch (command) {
      case UserCommand.RegisterUser register -> register(register, user);
      case UserCommand.ActivateUser ignored -> activate(user);
      case UserCommand.DeactivateUser deactivate -> deactivate(deactivate, user);
      case UserCommand.UpdateProfile update -> updateProfile(update, user);
      case UserCommand.GrantRole grant -> grantRole(grant, user);
      case UserCommand.RevokeRole revoke -> revokeRole(revoke, user);
    };
  }

  private static Decision<UserEvent> register(UserCommand.RegisterUser command, User user) {
    if (user.exists()) {
      return Decision.reject(Rejection.conflict("the user already exists", "id"));
    }
    if (!Emails.isCanonical(command.email())) {
      return Decision.reject(Rejection.validation("email", "not a valid e-mail address"));
    }
    if (isBlank(command.firstName()) || isBlank(command.lastName())) {
      return Decision.reject(Rejection.validation(isBlank(command.firstName()) ? "firstName" : "lastName", "must not be blank"));
    }
    return Decision.accept(new UserEvent.Registered(
        command.userId(), command.email(), command.firstName().trim(), command.lastName().trim(),
        isBlank(command.company()) ? null : command.company().trim(), command.tenantId(), command.invitedTo()));
  }

  private static Decision<UserEvent> activate(User user) {
    if (user.status() == UserStatus.ACTIVE) {
      return Decision.reject(Rejection.invalidState("the user is already active", user.status().name()));
    }
    return Decision.accept(new UserEvent.Activated());
  }

  private static Decision<UserEvent> deactivate(UserCommand.DeactivateUser command, User user) {
    if (user.status() == UserStatus.DEACTIVATED) {
      return Decision.reject(Rejection.invalidState("the user is already deactivated", user.status().name()));
    }
    return Decision.accept(new UserEvent.Deactivated(command.reason()));
  }

  private static Decision<UserEvent> updateProfile(UserCommand.UpdateProfile command, User user) {
    if (user.status() == UserStatus.DEACTIVATED) {
      return rejectDeactivated(user);
    }
    if (isBlank(command.firstName()) || isBlank(command.lastName())) {
      return Decision.reject(Rejection.validation(isBlank(command.firstName()) ? "firstName" : "lastName", "must not be blank"));
    }
    var updated = new UserEvent.ProfileUpdated(command.firstName().trim(), command.lastName().trim(),
        command.avatarUrl(), command.timeZone(), command.language());
    boolean unchanged = updated.firstName().equals(user.firstName()) && updated.lastName().equals(user.lastName())
        && Objects.equals(updated.avatarUrl(), user.avatarUrl()) && Objects.equals(updated.timeZone(), user.timeZone())
        && Objects.equals(updated.language(), user.language());
    return unchanged ? Decision.accept() : Decision.accept(updated);
  }

  private static Decision<UserEvent> grantRole(UserCommand.GrantRole command, User user) {
    if (user.status() == UserStatus.DEACTIVATED) {
      return rejectDeactivated(user);
    }
    return user.roles().contains(command.role()) ? Decision.accept() : Decision.accept(new UserEvent.RoleGranted(command.role()));
  }

  private static Decision<UserEvent> revokeRole(UserCommand.RevokeRole command, User user) {
    if (user.status() == UserStatus.DEACTIVATED) {
      return rejectDeactivated(user);
    }
    return user.roles().contains(command.role()) ? Decision.accept(new UserEvent.RoleRevoked(command.role())) : Decision.accept();
  }

  private static Decision<UserEvent> rejectDeactivated(User user) {
    return Decision.reject(Rejection.invalidState("a deactivated user cannot be changed", user.status().name()));
  }

  @Override
  public User evolve(User user, UserEvent event) {
    return switch (event) {
      case UserEvent.Registered r -> new User(r.userId(), r.email(), r.firstName(), r.lastName(), r.company(),
          UserStatus.INACTIVE, EnumSet.noneOf(UserRole.class), null, null, null, null, r.tenantId());
      case UserEvent.Activated ignored -> user.withStatus(UserStatus.ACTIVE, null);
      case UserEvent.Deactivated d -> user.withStatus(UserStatus.DEACTIVATED, d.reason());
      case UserEvent.ProfileUpdated p -> user.withProfile(p);
      case UserEvent.RoleGranted g -> user.withRoles(with(user, g.role(), true));
      case UserEvent.RoleRevoked r -> user.withRoles(with(user, r.role(), false));
    };
  }

  private static EnumSet<UserRole> with(User user, UserRole role, boolean present) {
    EnumSet<UserRole> roles = user.roles().isEmpty() ? EnumSet.noneOf(UserRole.class) : EnumSet.copyOf(user.roles());
    if (present) {
      roles.add(role);
    } else {
      roles.remove(role);
    }
    return roles;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}

package io.eventdesign.user;

import io.eventdesign.contract.vocabulary.UserRole;
import io.eventdesign.contract.vocabulary.UserStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Current state of one user, as the decider sees it. {@link #ABSENT} before registration.
 *
 * @param tenantId the tenant the person signed up into (null for accounts from before tenants existed)
 */
public record User(
    String id,
    String email,
    String firstName,
    String lastName,
    String company,
    UserStatus status,
    Set<UserRole> roles,
    String avatarUrl,
    String timeZone,
    String language,
    String deactivationReason,
    String tenantId) {

  public static final User ABSENT = new User(null, null, null, null, null, null, Set.of(), null, null, null, null, null);

  public User {
    roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }

  public boolean exists() {
    return id != null;
  }

  User withStatus(UserStatus newStatus, String reason) {
    return new User(id, email, firstName, lastName, company, newStatus, roles, avatarUrl, timeZone, language, reason, tenantId);
  }

  User withProfile(UserEvent.ProfileUpdated p) {
    return new User(id, email, p.firstName(), p.lastName(), company, status, roles,
        p.avatarUrl(), p.timeZone(), p.language(), deactivationReason, tenantId);
  }

  User withRoles(Set<UserRole> newRoles) {
    return new User(id, email, firstName, lastName, company, status, newRoles, avatarUrl, timeZone, language,
        deactivationReason, tenantId);
  }
}

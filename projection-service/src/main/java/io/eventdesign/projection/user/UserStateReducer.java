package io.eventdesign.projection.user;

import io.eventdesign.contract.vocabulary.UserStatus;
import io.eventdesign.contract.envelope.Envelope;
import io.eventdesign.contract.state.UserState;
import io.eventdesign.contract.user.UserActivated;
import io.eventdesign.contract.user.UserDeactivated;
import io.eventdesign.contract.user.UserProfileUpdated;
import io.eventdesign.contract.user.UserRegistered;
import io.eventdesign.contract.user.UserRoleGranted;
import io.eventdesign.contract.user.UserRoleRevoked;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * Folds user events into the public {@code user.state}. Pure; the one reducer behind the
 * {@code users.state} topic (and so behind the {@code users} table). Events at or below the
 * current version are ignored, so re-delivery never applies anything twice.
 */
public final class UserStateReducer {

  private UserStateReducer() {}

  /** @param current the state so far, or null before the first event */
  public static UserState apply(UserState current, SpecificRecord event) {
    Envelope envelope = (Envelope) event.get(0);
    if (current != null && envelope.getAggregateVersion() <= current.getVersion()) {
      return current;
    }
    if (current == null && !(event instanceof UserRegistered)) {
      return null;
    }
    UserState.Builder next = switch (event) {
      case UserRegistered r -> UserState.newBuilder()
          .setId(envelope.getAggregateId()).setEmail(r.getEmail()).setFirstName(r.getFirstName())
          .setLastName(r.getLastName()).setCompany(r.getCompany()).setStatus(UserStatus.INACTIVE.name())
          .setRoles(List.of()).setTenantId(r.getTenantId()).setCreatedAt(envelope.getOccurredAt());
      case UserActivated ignored -> UserState.newBuilder(current).setStatus(UserStatus.ACTIVE.name()).setDeactivationReason(null);
      case UserDeactivated d -> UserState.newBuilder(current).setStatus(UserStatus.DEACTIVATED.name()).setDeactivationReason(d.getReason());
      case UserProfileUpdated p -> UserState.newBuilder(current).setFirstName(p.getFirstName())
          .setLastName(p.getLastName()).setAvatarUrl(p.getAvatarUrl()).setTimeZone(p.getTimeZone())
          .setLanguage(p.getLanguage());
      case UserRoleGranted g -> UserState.newBuilder(current).setRoles(withRole(current.getRoles(), g.getRole(), true));
      case UserRoleRevoked r -> UserState.newBuilder(current).setRoles(withRole(current.getRoles(), r.getRole(), false));
      default -> null;
    };
    if (next == null) {
      return current;
    }
    return next.setVersion(envelope.getAggregateVersion()).setUpdatedAt(envelope.getOccurredAt())
        .setLastEventId(envelope.getEventId()).build();
  }

  private static List<String> withRole(List<String> roles, String role, boolean present) {
    List<String> result = new ArrayList<>(roles);
    result.remove(role);
    if (present) {
      result.add(role);
    }
    result.sort(String::compareTo);
    return result;
  }
}

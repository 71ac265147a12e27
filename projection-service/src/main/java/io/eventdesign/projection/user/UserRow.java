package io.eventdesign.projection.user;

import java.time.Instant;
import java.util.List;

/** One row of the {@code users} projection as the query API returns it. */
public record UserRow(
    String id,
    long version,
    String email,
    String firstName,
    String lastName,
    String displayName,
    String company,
    String status,
    String deactivationReason,
    List<String> roles,
    String avatarUrl,
    String timeZone,
    String language,
    String tenantId,
    Instant createdAt,
    Instant updatedAt) {

  /** The row the sink writes for {@code state}. */
  public static UserRow of(io.eventdesign.contract.state.UserState s) {
    return new UserRow(s.getId(), s.getVersion(), s.getEmail(), s.getFirstName(), s.getLastName(),
        s.getFirstName() + " " + s.getLastName(), s.getCompany(), s.getStatus(), s.getDeactivationReason(),
        List.copyOf(s.getRoles()), s.getAvatarUrl(), s.getTimeZone(), s.getLanguage(), s.getTenantId(), s.getCreatedAt(), s.getUpdatedAt());
  }
}

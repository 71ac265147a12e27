package io.eventdesign.projection.user;

import io.eventdesign.contract.state.UserState;
import io.eventdesign.projection.sink.StateTableWriter;
import java.sql.Timestamp;
import java.util.List;

/** The {@code users} table: one row per user, its newest state from {@code users.state}. */
final class UserTable {

  static final StateTableWriter.Shape<UserState> SHAPE = new StateTableWriter.Shape<>("users", UserState.class,
      List.of("id", "email", "first_name", "last_name", "display_name", "company", "status", "deactivation_reason",
          "roles", "avatar_url", "time_zone", "language", "tenant_id", "version", "created_at", "updated_at"),
      UserTable::row);

  private UserTable() {}

  private static Object[] row(UserState s) {
    return new Object[] {
        s.getId(),
        s.getEmail(),
        s.getFirstName(),
        s.getLastName(),
        s.getFirstName() + " " + s.getLastName(),
        s.getCompany(),
        s.getStatus(),
        s.getDeactivationReason(),
        s.getRoles().toArray(String[]::new),
        s.getAvatarUrl(),
        s.getTimeZone(),
        s.getLanguage(),
        s.getTenantId(),
        s.getVersion(),
        Timestamp.from(s.getCreatedAt()),
        Timestamp.from(s.getUpdatedAt())};
  }
}

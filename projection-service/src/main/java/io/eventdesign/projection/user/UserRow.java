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
    Instant createdAt,
    Instant updatedAt) {}

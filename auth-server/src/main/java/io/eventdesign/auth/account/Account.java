package io.eventdesign.auth.account;

import java.time.Instant;
import java.util.UUID;

/**
 * A login account ({@code invitation}: the invitation code it signed up with, kept while pending). {@code userId} is user-service's id of the person, known once the registration is
 * recorded there; until then the account is {@code PENDING} and cannot log in.
 */
public record Account(
    UUID accountId, String email, String passwordHash, String userId, State state, String firstName,
    String lastName, String company, String invitation, int failedLogins,
    Instant lockedUntil, Instant createdAt) {

  public enum State { PENDING, ACTIVE }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}

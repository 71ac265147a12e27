package io.eventdesign.auth.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The account table: pending and active login accounts, failed-login counts and lockouts. */
public final class Accounts {

  private final JdbcClient jdbc;

  public Accounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new pending account, or empty when the e-mail address already has one. */
  public Optional<Account> createPending(
      String email, String passwordHash, String firstName, String lastName, String company, String invitation) {
    UUID id = UUID.randomUUID();
    try {
      jdbc.sql("""
          insert into account (account_id, email, password_hash, state, first_name, last_name, company, invitation)
          values (?, ?, ?, 'PENDING', ?, ?, ?, ?)""")
          .params(id, email, passwordHash, firstName, lastName, company, invitation).update();
    } catch (DuplicateKeyException taken) {
      return Optional.empty();
    }
    return findByEmail(email);
  }

  public Optional<Account> findByEmail(String email) {
    return jdbc.sql("select * from account where email = ?").param(email).query(Accounts::row).optional();
  }

  public Optional<Account> find(UUID accountId) {
    return jdbc.sql("select * from account where account_id = ?").param(accountId).query(Accounts::row).optional();
  }

  /** Pending accounts created before {@code before}: sign-ups whose registration is still to be finished. */
  public List<Account> pendingSince(Instant before) {
    return jdbc.sql("select * from account where state = 'PENDING' and created_at < ? order by created_at")
        .param(Timestamp.from(before)).query(Accounts::row).list();
  }

  public void activate(UUID accountId, String userId) {
    jdbc.sql("update account set state = 'ACTIVE', user_id = ?, invitation = null where account_id = ?").params(userId, accountId).update();
  }

  /** Removes a pending account whose registration was refused; an active account is never removed here. */
  public void deletePending(UUID accountId) {
    jdbc.sql("delete from account where account_id = ? and state = 'PENDING'").param(accountId).update();
  }

  /** Counts a failed login; the {@code limit}-th failure in a row locks the account for {@code lockout}. */
  public void recordFailure(String email, int limit, Duration lockout, Instant now) {
    jdbc.sql("""
        update account set failed_logins = failed_logins + 1,
          locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
        where email = ?""")
        .params(limit, Timestamp.from(now.plus(lockout)), email).update();
  }

  public void recordSuccess(String userId) {
    jdbc.sql("update account set failed_logins = 0, locked_until = null where user_id = ? and failed_logins > 0")
        .param(userId).update();
  }

  private static Account row(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    return new Account(
        rs.getObject("account_id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
        rs.getString("user_id"), Account.State.valueOf(rs.getString("state")), rs.getString("first_name"),
        rs.getString("last_name"), rs.getString("company"), rs.getString("invitation"), rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(), rs.getTimestamp("created_at").toInstant());
  }
}

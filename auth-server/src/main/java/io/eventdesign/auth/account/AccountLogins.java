package io.eventdesign.auth.account;

import io.eventdesign.platform.input.Emails;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Logins by e-mail address and password. The principal's name, and so every token's subject, is
 * user-service's id of the person, not the address. A pending account (registration not yet recorded)
 * is disabled; {@code limit} failed logins in a row lock an account for {@code lockout}.
 */
public final class AccountLogins implements UserDetailsService {

  private static final Logger SECURITY = LoggerFactory.getLogger("eventdesign.security");

  private final Accounts accounts;
  private final int limit;
  private final Duration lockout;
  private final Clock clock;

  public AccountLogins(Accounts accounts, int limit, Duration lockout, Clock clock) {
    this.accounts = accounts;
    this.limit = limit;
    this.lockout = lockout;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String typed) {
    Account account = canonical(typed).flatMap(accounts::findByEmail)
        .orElseThrow(() -> new UsernameNotFoundException("no account"));
    boolean active = account.state() == Account.State.ACTIVE;
    return User.withUsername(active ? account.userId() : account.accountId().toString())
        .password(account.passwordHash())
        .disabled(!active)
        .accountLocked(account.lockedAt(clock.instant()))
        .authorities("ROLE_USER")
        .build();
  }

  @EventListener
  public void failed(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
      canonical(login.getName()).ifPresent(email -> {
        accounts.recordFailure(email, limit, lockout, clock.instant());
        SECURITY.warn("failed login");
      });
    }
  }

  @EventListener
  public void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
      accounts.recordSuccess(login.getName());
    }
  }

  private static Optional<String> canonical(String typed) {
    return typed == null ? Optional.empty() : Emails.canonical(typed);
  }
}

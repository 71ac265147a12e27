package io.eventdesign.auth.signup;

import io.eventdesign.auth.account.Account;
import io.eventdesign.auth.account.Accounts;
import io.eventdesign.auth.account.UserDirectory;
import io.eventdesign.auth.account.UserDirectory.Registration;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-up, led by the authorization server so that a password never leaves it: (1) a pending account
 * with the password's hash, unique by e-mail; (2) the registration in user-service, with the account's
 * id as Idempotency-Key; (3) the account activated with user-service's id, or removed when user-service
 * refused the registration. A crash or time-out between (1) and (3) leaves a pending account that cannot
 * log in; {@link #finishPending()} repeats (2) with the same key, which returns the original outcome, so
 * neither side keeps an account the other lacks.
 */
public final class SignUps {

  private static final Logger LOG = LoggerFactory.getLogger(SignUps.class);
  private static final Duration PENDING_GRACE = Duration.ofSeconds(30);

  /** The outcome shown to the person signing up. */
  public sealed interface Outcome {
    record Registered(String userId) implements Outcome {}

    record EmailTaken() implements Outcome {}

    record Refused(int status, String problem) implements Outcome {}

    record Pending() implements Outcome {}
  }

  private final Accounts accounts;
  private final UserDirectory users;
  private final PasswordEncoder passwords;
  private final Clock clock;

  public SignUps(Accounts accounts, UserDirectory users, PasswordEncoder passwords, Clock clock) {
    this.accounts = accounts;
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
  }

  public Outcome signUp(SignUpRequest request) {
    var created = accounts.createPending(request.email(), passwords.encode(request.password()),
        request.firstName(), request.lastName(), request.company(), request.invitation());
    return created.isEmpty() ? new Outcome.EmailTaken() : finish(created.get());
  }

  /** Repeats the registration of accounts left pending by a crash or a time-out. */
  @Scheduled(initialDelayString = "PT10S", fixedDelayString = "PT30S")
  public void finishPending() {
    for (Account account : accounts.pendingSince(clock.instant().minus(PENDING_GRACE))) {
      Outcome outcome = finish(account);
      LOG.info("pending sign-up {} finished: {}", account.accountId(), outcome.getClass().getSimpleName());
    }
  }

  /** Repeats the registration of one pending account (same key as its first attempt). */
  public Outcome finish(Account account) {
    Registration registration = users.register("signup-" + account.accountId(), account.email(),
        account.firstName(), account.lastName(), account.company(), account.invitation());
    return switch (registration) {
      case Registration.Recorded recorded -> {
        accounts.activate(account.accountId(), recorded.userId());
        yield new Outcome.Registered(recorded.userId());
      }
      case Registration.Refused refused -> {
        accounts.deletePending(account.accountId());
        yield refused.status() == 409 ? new Outcome.EmailTaken() : new Outcome.Refused(refused.status(), refused.problem());
      }
      case Registration.Unknown unknown -> {
        LOG.warn("sign-up {} left pending: {}", account.accountId(), unknown.reason());
        yield new Outcome.Pending();
      }
    };
  }
}

package io.eventdesign.auth.account;

import io.eventdesign.auth.AuthProperties.SeededAccount;
import io.eventdesign.auth.signup.SignUpRequest;
import io.eventdesign.auth.signup.SignUps;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.client.RestClientException;

/**
 * Makes sure the configured accounts exist with their roles (the local run's staff and admin): each is
 * signed up like anyone else when missing, then granted its roles in user-service. Tried every few
 * seconds until user-service has answered for all of them, since it may start after this server.
 */
public final class SeededAccounts {

  private static final Logger LOG = LoggerFactory.getLogger(SeededAccounts.class);

  private final List<SeededAccount> seeded;
  private final Accounts accounts;
  private final SignUps signUps;
  private final UserDirectory users;
  private volatile boolean done;

  public SeededAccounts(List<SeededAccount> seeded, Accounts accounts, SignUps signUps, UserDirectory users) {
    this.seeded = seeded;
    this.accounts = accounts;
    this.signUps = signUps;
    this.users = users;
    this.done = seeded.isEmpty();
  }

  @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT2S")
  public void ensure() {
    if (done) {
      return;
    }
    try {
      for (SeededAccount account : seeded) {
        ensure(account);
      }
      done = true;
      LOG.info("seeded accounts ready: {}", seeded.stream().map(SeededAccount::email).toList());
    } catch (RestClientException | IllegalStateException e) {
      LOG.info("seeded accounts not ready yet ({}); retrying", e.getMessage());
    }
  }

  private void ensure(SeededAccount seed) {
    var existing = accounts.findByEmail(seed.email());
    if (existing.isEmpty()) {
      var outcome = signUps.signUp(new SignUpRequest(seed.email(), seed.password(), seed.firstName(), seed.lastName(), null, null));
      if (!(outcome instanceof SignUps.Outcome.Registered)) {
        throw new IllegalStateException("sign-up of " + seed.email() + ": " + outcome);
      }
      existing = accounts.findByEmail(seed.email());
    }
    Account account = existing.orElseThrow();
    if (account.state() != Account.State.ACTIVE && !(signUps.finish(account) instanceof SignUps.Outcome.Registered)) {
      throw new IllegalStateException(seed.email() + " is still pending");
    }
    account = accounts.findByEmail(seed.email()).orElseThrow();
    var held = users.roles(account.userId());
    for (String role : seed.roles()) {
      if (!held.contains(role)) {
        users.grantRole(account.userId(), role);
      }
    }
  }
}

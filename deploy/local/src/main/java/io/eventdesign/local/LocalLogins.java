package io.eventdesign.local;

import io.eventdesign.infra.testing.Tokens;
import java.util.UUID;

/**
 * Real tokens from a running local system's authorization server, for tests and the benchmark: its
 * seeded staff and admin (once the seeding has granted their roles) and new customers signed up for it.
 */
public final class LocalLogins {

  private final LocalSystem system;
  private final Tokens tokens;

  public LocalLogins(LocalSystem system) {
    this.system = system;
    this.tokens = new Tokens(system.issuer());
  }

  public Tokens tokens() {
    return tokens;
  }

  public String admin() {
    return tokens.loginWithRole(system.accounts().adminEmail(), system.accounts().adminPassword(), "ADMIN");
  }

  public String staff() {
    return tokens.loginWithRole(system.accounts().staffEmail(), system.accounts().staffPassword(), "STAFF");
  }

  public Tokens.Person newCustomer() {
    return tokens.signUp("customer-" + UUID.randomUUID() + "@example.com", "a long test password", "Cara", "Customer");
  }
}

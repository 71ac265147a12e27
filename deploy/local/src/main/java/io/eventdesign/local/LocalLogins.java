package io.eventdesign.local;

import io.eventdesign.infra.testing.Await;
import io.eventdesign.infra.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
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
    return seeded(system.accounts().adminEmail(), system.accounts().adminPassword(), "ADMIN");
  }

  public String staff() {
    return seeded(system.accounts().staffEmail(), system.accounts().staffPassword(), "STAFF");
  }

  public Tokens.Person newCustomer() {
    return tokens.signUp("customer-" + UUID.randomUUID() + "@example.com", "a long test password", "Cara", "Customer");
  }

  private String seeded(String email, String password, String role) {
    return Await.until("the seeded account " + email + " with " + role, () -> {
      try {
        String token = tokens.login(email, password);
        return roles(token).contains("\"" + role + "\"") ? Optional.of(token) : Optional.empty();
      } catch (Tokens.LoginRefused notYet) {
        return Optional.empty();
      }
    });
  }

  private static String roles(String token) {
    String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    int roles = payload.indexOf("\"roles\"");
    return roles < 0 ? "" : payload.substring(roles, payload.indexOf(']', roles) + 1);
  }
}

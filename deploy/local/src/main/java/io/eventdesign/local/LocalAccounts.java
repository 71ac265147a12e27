package io.eventdesign.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The seeded accounts of a local data directory: a staff member and an administrator, whose passwords
 * are generated on its first start ({@code <data-dir>/staff-password}, {@code admin-password}), and a
 * read-only service client for integrations ({@value #SERVICE_CLIENT}, scopes {@code api.read} and
 * {@code metrics.read}, secret in {@code <data-dir>/reporting-client-secret}), and an integration that posts
 * events ({@value #INTEGRATION_CLIENT}, scope {@code events.write}, secret in
 * {@code <data-dir>/design-agent-client-secret}). The authorization server signs the people up like anyone
 * else and grants their roles in user-service.
 */
public record LocalAccounts(String staffEmail, String staffPassword, String adminEmail, String adminPassword,
    String serviceClientSecret, String integrationClientSecret) {

  public static final String STAFF_EMAIL = "staff@eventdesign.local";
  public static final String ADMIN_EMAIL = "admin@eventdesign.local";
  public static final String SERVICE_CLIENT = "reporting";
  public static final String INTEGRATION_CLIENT = "design-agent";

  static LocalAccounts forDataDir(Path dataDir) throws IOException {
    return new LocalAccounts(STAFF_EMAIL, LocalSecrets.password(dataDir, LocalSecrets.STAFF_PASSWORD),
        ADMIN_EMAIL, LocalSecrets.password(dataDir, LocalSecrets.ADMIN_PASSWORD),
        LocalSecrets.password(dataDir, LocalSecrets.SERVICE_CLIENT_SECRET),
        LocalSecrets.password(dataDir, LocalSecrets.INTEGRATION_CLIENT_SECRET));
  }

  public String serviceClientId() {
    return SERVICE_CLIENT;
  }

  public String integrationClientId() {
    return INTEGRATION_CLIENT;
  }

  /** {@code args} and the seeded accounts, as the authorization server's arguments. */
  String[] authServerArgs(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    seed(all, 0, staffEmail, staffPassword, "Sam", "Staff", "STAFF");
    seed(all, 1, adminEmail, adminPassword, "Alex", "Admin", "ADMIN");
    client(all, 0, SERVICE_CLIENT, serviceClientSecret, "api.read,metrics.read");
    client(all, 1, INTEGRATION_CLIENT, integrationClientSecret, "events.write");
    return all.toArray(String[]::new);
  }

  private static void client(List<String> args, int index, String id, String secret, String scopes) {
    String prefix = "--eventdesign.auth.service-clients[" + index + "].";
    args.add(prefix + "id=" + id);
    args.add(prefix + "secret={bcrypt}" + new BCryptPasswordEncoder().encode(secret));
    args.add(prefix + "scopes=" + scopes);
  }

  private static void seed(List<String> args, int index, String email, String password, String first, String last,
      String role) {
    String prefix = "--eventdesign.auth.seeded-accounts[" + index + "].";
    args.add(prefix + "email=" + email);
    args.add(prefix + "password=" + password);
    args.add(prefix + "first-name=" + first);
    args.add(prefix + "last-name=" + last);
    args.add(prefix + "roles=" + role);
  }

  @Override
  public String toString() {
    return "LocalAccounts[" + staffEmail + ", " + adminEmail + ", " + SERVICE_CLIENT + ", " + INTEGRATION_CLIENT
        + ", secrets hidden]";
  }
}

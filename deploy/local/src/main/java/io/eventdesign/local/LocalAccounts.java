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
 * {@code metrics.read}, secret in {@code <data-dir>/reporting-client-secret}). The authorization server
 * signs the people up like anyone else and grants their roles in user-service.
 */
public record LocalAccounts(String staffEmail, String staffPassword, String adminEmail, String adminPassword,
    String serviceClientSecret) {

  public static final String STAFF_EMAIL = "staff@eventdesign.local";
  public static final String ADMIN_EMAIL = "admin@eventdesign.local";
  public static final String SERVICE_CLIENT = "reporting";

  static LocalAccounts forDataDir(Path dataDir) throws IOException {
    return new LocalAccounts(STAFF_EMAIL, LocalSecrets.password(dataDir, LocalSecrets.STAFF_PASSWORD),
        ADMIN_EMAIL, LocalSecrets.password(dataDir, LocalSecrets.ADMIN_PASSWORD),
        LocalSecrets.password(dataDir, LocalSecrets.SERVICE_CLIENT_SECRET));
  }

  public String serviceClientId() {
    return SERVICE_CLIENT;
  }

  /** {@code args} and the seeded accounts, as the authorization server's arguments. */
  String[] authServerArgs(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    seed(all, 0, staffEmail, staffPassword, "Sam", "Staff", "STAFF");
    seed(all, 1, adminEmail, adminPassword, "Alex", "Admin", "ADMIN");
    String client = "--eventdesign.auth.service-clients[0].";
    all.add(client + "id=" + SERVICE_CLIENT);
    all.add(client + "secret={bcrypt}" + new BCryptPasswordEncoder().encode(serviceClientSecret));
    all.add(client + "scopes=api.read,metrics.read");
    return all.toArray(String[]::new);
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
    return "LocalAccounts[" + staffEmail + ", " + adminEmail + ", " + SERVICE_CLIENT + ", secrets hidden]";
  }
}

package io.eventdesign.local;

import io.eventdesign.payment.provider.WebhookSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The local run's secrets: generated on the first start of a data directory, kept in a file of it
 * (readable by its owner only), the same on every later start. The payment provider's webhook signing
 * secret, the passwords of the seeded staff and admin accounts, the local service clients' secrets and the
 * Kafka super user's password.
 */
final class LocalSecrets {

  static final String WEBHOOK_SECRET = "payment-webhook-secret";
  static final String STAFF_PASSWORD = "staff-password";
  static final String ADMIN_PASSWORD = "admin-password";
  static final String SERVICE_CLIENT_SECRET = "reporting-client-secret";
  static final String INTEGRATION_CLIENT_SECRET = "design-agent-client-secret";
  /** The broker's super user's, when it enforces ACLs (EVENTDESIGN_KAFKA_ACLS). */
  static final String KAFKA_ADMIN_PASSWORD = "kafka-admin-password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private LocalSecrets() {}

  static String webhookSecret(Path dataDir) throws IOException {
    return forDataDir(dataDir, WEBHOOK_SECRET, WebhookSecret::generate, WebhookSecret::require);
  }

  static String password(Path dataDir, String file) throws IOException {
    return forDataDir(dataDir, file, LocalSecrets::randomPassword, UnaryOperator.identity());
  }

  private static String randomPassword() {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  private static String forDataDir(Path dataDir, String name, Supplier<String> generate, UnaryOperator<String> check)
      throws IOException {
    Path file = dataDir.resolve(name);
    if (Files.exists(file)) {
      return check.apply(Files.readString(file, StandardCharsets.UTF_8).strip());
    }
    Files.createDirectories(dataDir);
    String secret = generate.get();
    Files.writeString(file, secret, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the data directory's own permissions protect it
    }
    return secret;
  }
}

package io.eventdesign.local;

import io.eventdesign.payment.provider.WebhookSecret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local run's webhook signing secret: generated on the first start of a data directory, kept in
 * {@code <data-dir>/payment-webhook-secret} (readable by its owner only), the same on every later start.
 */
final class LocalWebhookSecret {

  static final String FILE = "payment-webhook-secret";

  private LocalWebhookSecret() {}

  static String forDataDir(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      return WebhookSecret.require(Files.readString(file, StandardCharsets.UTF_8));
    }
    Files.createDirectories(dataDir);
    String secret = WebhookSecret.generate();
    Files.writeString(file, secret, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the data directory's own permissions protect it
    }
    return secret;
  }
}

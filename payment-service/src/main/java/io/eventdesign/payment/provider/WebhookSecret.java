package io.eventdesign.payment.provider;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The Standard Webhooks signing secret ({@code whsec_<base64>}). The service refuses to start without
 * one, with one shorter than 24 bytes, or with one that was ever published (committed to this
 * repository): whoever knows the secret can mark any payment paid. The local run generates one per
 * data directory.
 */
public final class WebhookSecret {

  private static final String PREFIX = "whsec_";
  private static final int MIN_BYTES = 24;
  /** Secrets that were committed to this repository at some point, and so are known to anyone. */
  private static final Set<String> PUBLISHED = Set.of("whsec_bG9jYWwtZGV2ZWxvcG1lbnQtd2ViaG9vay1zZWNyZXQ=");

  private WebhookSecret() {}

  /** A new random secret of 32 bytes. */
  public static String generate() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /**
   * @return the secret, without surrounding whitespace
   * @throws IllegalStateException saying what to do, when it must not be used
   */
  public static String require(String configured) {
    String secret = configured == null ? "" : configured.strip();
    if (secret.isEmpty()) {
      throw refused("is not set. Set EVENTDESIGN_PAYMENTS_WEBHOOK_SECRET to the provider's whsec_... secret "
          + "(./run-local generates one per data directory)");
    }
    if (PUBLISHED.contains(secret)) {
      throw refused("is a secret published in the eventdesign repository; anyone could sign webhooks with it. "
          + "Use the provider's own secret");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
    } catch (IllegalArgumentException e) {
      throw refused("must be whsec_ followed by base64");
    }
    if (key.length < MIN_BYTES) {
      throw refused("must hold at least " + MIN_BYTES + " random bytes");
    }
    return secret;
  }

  private static IllegalStateException refused(String why) {
    return new IllegalStateException("eventdesign.payments.webhook-secret " + why);
  }
}

package io.eventdesign.payment.provider;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.util.List;
import java.util.Map;

/** Standard Webhooks signatures: HMAC-SHA256 over id, timestamp and the raw body. */
public final class WebhookSignatures {

  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";

  private final Webhook webhook;

  public WebhookSignatures(String secret) {
    try {
      this.webhook = new Webhook(secret);
    } catch (RuntimeException | com.standardwebhooks.exceptions.EmptyWebhookSecretException e) {
      throw new IllegalStateException("eventdesign.payments.webhook-secret must be a whsec_<base64> secret", e);
    }
  }

  public String sign(String id, long timestampSeconds, String body) {
    try {
      return webhook.sign(id, timestampSeconds, body);
    } catch (WebhookSigningException e) {
      throw new IllegalStateException("could not sign webhook " + id, e);
    }
  }

  /** Standard Webhooks' tolerance between a webhook's timestamp and now, both ways. */
  public static final java.time.Duration TOLERANCE = java.time.Duration.ofMinutes(5);

  /** True when the signature matches and the timestamp is within {@link #TOLERANCE}. */
  public boolean verify(String id, String timestamp, String signature, String body) {
    try {
      webhook.verify(body, Map.of(ID, List.of(id), TIMESTAMP, List.of(timestamp), SIGNATURE, List.of(signature)));
      return true;
    } catch (WebhookVerificationException e) {
      return false;
    }
  }
}

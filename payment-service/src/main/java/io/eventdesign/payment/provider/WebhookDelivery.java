package io.eventdesign.payment.provider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers signed webhooks the way providers do: after a delay, retried with back-off until a 2xx. */
public final class WebhookDelivery implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);
  private static final int MAX_ATTEMPTS = 6;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "simulated-provider-webhooks");
    thread.setDaemon(true);
    return thread;
  });
  private final WebhookSignatures signatures;
  private final Supplier<String> url;
  private final Duration delay;

  /** @param url resolved at delivery time (the service's own port is known only once it listens) */
  public WebhookDelivery(WebhookSignatures signatures, Supplier<String> url, Duration delay) {
    this.signatures = signatures;
    this.url = url;
    this.delay = delay;
  }

  public void schedule(String webhookId, String body) {
    scheduler.schedule(() -> attempt(webhookId, body, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void attempt(String webhookId, String body, int attempt) {
    long timestamp = System.currentTimeMillis() / 1000;
    HttpRequest request = HttpRequest.newBuilder(URI.create(url.get())).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header(WebhookSignatures.ID, webhookId)
        .header(WebhookSignatures.TIMESTAMP, Long.toString(timestamp))
        .header(WebhookSignatures.SIGNATURE, signatures.sign(webhookId, timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return;
      }
      log.warn("Webhook {} got HTTP {} (attempt {})", webhookId, status, attempt);
    } catch (Exception e) {
      log.warn("Webhook {} could not be delivered (attempt {}): {}", webhookId, attempt, e.toString());
    }
    if (attempt < MAX_ATTEMPTS) {
      scheduler.schedule(() -> attempt(webhookId, body, attempt + 1), delay.toMillis() << attempt, TimeUnit.MILLISECONDS);
    } else {
      log.error("Webhook {} given up after {} attempts", webhookId, attempt);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}

package io.eventdesign.payment.provider;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider that behaves like a real one, offline: ids are derived from the payment and attempt
 * (so repeated calls are idempotent), and the outcome chosen by {@link SimulatedOutcomes} arrives
 * as a signed webhook after a short delay.
 */
public final class SimulatedPaymentProvider implements PaymentProvider {

  private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentProvider.class);

  private final WebhookDelivery delivery;
  private final JsonMapper json;

  public SimulatedPaymentProvider(WebhookDelivery delivery, JsonMapper json) {
    this.delivery = delivery;
    this.json = json;
  }

  @Override
  public String createIntent(IntentRequest request) {
    String intentId = "pi_sim_" + uuid("intent/" + request.paymentId() + "/" + request.attempt());
    var data = switch (SimulatedOutcomes.of(request.paymentMethodToken(), request.attempt(), request.amount())) {
      case SimulatedOutcomes.Outcome.Success s -> new Delivery(ProviderEvent.PAYMENT_SUCCEEDED, new ProviderEvent.Data(
          request.paymentId(), intentId, request.amount(), request.currency(), s.fee(), s.net(), "card", null, null, null,
          request.correlationId()));
      case SimulatedOutcomes.Outcome.Failure f -> new Delivery(ProviderEvent.PAYMENT_FAILED, new ProviderEvent.Data(
          request.paymentId(), intentId, request.amount(), request.currency(), null, null, "card", f.code(), f.reason(), null,
          request.correlationId()));
    };
    log.info("Simulated provider: intent {} for payment {} attempt {} -> {}", intentId, request.paymentId(),
        request.attempt(), data.type());
    deliver("evt_sim_" + uuid(intentId), data);
    return intentId;
  }

  @Override
  public String refund(RefundRequest request) {
    String refundId = "re_sim_" + uuid("refund/" + request.paymentId());
    deliver("evt_sim_" + uuid(refundId), new Delivery(ProviderEvent.REFUND_SUCCEEDED, new ProviderEvent.Data(
        request.paymentId(), request.providerIntentId(), request.amount(), request.currency(), null, null, null, null, null,
        refundId, request.correlationId())));
    return refundId;
  }

  private record Delivery(String type, ProviderEvent.Data data) {}

  private void deliver(String webhookId, Delivery delivery) {
    var event = new ProviderEvent(webhookId, delivery.type(), System.currentTimeMillis() / 1000, delivery.data());
    this.delivery.schedule(webhookId, json.writeValueAsString(event));
  }

  private static String uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
  }
}

package io.eventdesign.local.hostile;

import io.eventdesign.local.hostile.HostileCase.Service;
import io.eventdesign.payment.provider.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hostile provider webhooks: unsigned, forged, stale, replayed with another body, tampered after
 * signing, and correctly signed ones whose content does not fit the payment they name.
 */
final class Webhooks {

  private static final String PATH = "/api/v1/payments/webhooks/provider";

  private final WebhookSignatures real;
  private final WebhookSignatures forged = new WebhookSignatures("whsec_" + java.util.Base64.getEncoder()
      .encodeToString("forged-secret-forged-secret-forged".getBytes(StandardCharsets.UTF_8)));
  private final String paymentId;
  private final String intentId;

  /** @param paymentId a failed payment (its intent recorded), 14900 EUR */
  Webhooks(String secret, String paymentId, String intentId) {
    this.real = new WebhookSignatures(secret);
    this.paymentId = paymentId;
    this.intentId = intentId;
  }

  List<HostileCase> cases() {
    long now = System.currentTimeMillis() / 1000;
    List<HostileCase> cases = new ArrayList<>();
    String id = "evt_hostile_" + UUID.randomUUID();
    String valid = succeeded(id, paymentId, intentId, "14900", "\"EUR\"", "14443", "457");
    cases.add(HostileCase.to(Service.PAYMENTS, "POST", PATH).json(valid).named("no signature headers"));
    cases.add(signed(real, id, now, valid).header("webhook-signature", "v1,AAAA").named("a wrong signature"));
    cases.add(signed(forged, id, now, valid).named("signed with another secret"));
    cases.add(signed(real, id, now - 3600, valid).named("a timestamp an hour old"));
    cases.add(signed(real, id, now + 3600, valid).named("a timestamp an hour ahead"));
    for (String timestamp : List.of("abc", "99999999999999999999", "-1", "1e9", "", " 1")) {
      cases.add(HostileCase.to(Service.PAYMENTS, "POST", PATH).json(valid).header("webhook-id", id)
          .header("webhook-timestamp", timestamp).header("webhook-signature", real.sign(id, now, valid))
          .named("timestamp '" + timestamp + "'"));
    }
    String tampered = valid.replace("\"amount\":14900", "\"amount\":14901").replace("14443", "14444");
    cases.add(HostileCase.to(Service.PAYMENTS, "POST", PATH).json(tampered).header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(now)).header("webhook-signature", real.sign(id, now, valid))
        .named("a body changed after signing"));
    cases.add(signed(real, "evt_other", now, valid).named("the header id differs from the body's"));
    String huge = "{\"id\":\"" + id + "\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
    cases.add(signed(real, id, now, huge).chunked().named("signed, a chunked body over 64 KB"));
    cases.add(signed(real, id, now, "{not json").named("signed, not JSON"));
    cases.add(signed(real, id, now, valid.replace("\"type\"", "\"extra\":1,\"type\"")).named("signed, an unknown field"));
    cases.add(signed(real, id, now, valid.replace("payment.succeeded", "payment.stolen")).named("signed, an unknown type"));
    cases.add(signed(real, id, now, succeeded(id, "not-a-payment", intentId, "14900", "\"EUR\"", "14443", "457"))
        .named("signed, a payment id that is not one"));
    cases.add(signed(real, id, now, succeeded(id, paymentId, "pi\\u0000x", "14900", "\"EUR\"", "14443", "457"))
        .named("signed, NUL in the intent id"));
    cases.add(signed(real, id, now, succeeded(id, paymentId, intentId, "\"14900\"", "\"EUR\"", "14443", "457"))
        .named("signed, the amount as a string"));
    cases.add(signed(real, id, now, succeeded(id, paymentId, intentId, "149.00", "\"EUR\"", "14443", "457"))
        .named("signed, a fractional amount"));
    cases.add(signed(real, id, now, succeeded(id, paymentId, intentId, "99999999999999999999", "\"EUR\"", "14443", "457"))
        .named("signed, an amount beyond a long"));
    cases.add(signed(real, id, now, succeeded(id, paymentId, intentId, "1e999999", "\"EUR\"", "14443", "457"))
        .named("signed, an amount with a huge exponent"));
    cases.add(signed(real, id, now, valid.replace("\"created\":" + 0, "\"created\":\"x\"")).named("signed, created as text"));
    // Correctly signed, well-formed, but not what the payment is: only the aggregate can tell.
    for (String[] forgery : List.of(new String[] {"-14900", "\"EUR\"", "-15357", "457", intentId},
        new String[] {"1", "\"EUR\"", "0", "1", intentId}, new String[] {"14900", "\"USD\"", "14443", "457", intentId},
        new String[] {"14900", "\"EUR\"", "14900", "457", intentId},
        new String[] {"14900", "\"EUR\"", "14443", "457", "pi_forged"})) {
      String forgedId = "evt_forged_" + UUID.randomUUID();
      cases.add(signed(real, forgedId, now, succeeded(forgedId, paymentId, forgery[4], forgery[0], forgery[1], forgery[2],
          forgery[3])).reachesAggregate().named("signed success with amount " + forgery[0] + " " + forgery[1]
          + " net " + forgery[2] + " intent " + forgery[4]));
    }
    // The provider's own webhook for this payment (the simulator derives its id from the intent), replayed
    // with other content: its id is the command's idempotency key, remembered with the original content.
    String delivered = "evt_sim_" + UUID.nameUUIDFromBytes(intentId.getBytes(StandardCharsets.UTF_8));
    cases.add(signed(real, delivered, now, succeeded(delivered, paymentId, intentId, "14900", "\"EUR\"", "14443", "457"))
        .reachesAggregate().named("the provider's webhook replayed with other content"));
    return cases;
  }

  private HostileCase.Builder signed(WebhookSignatures signatures, String id, long timestamp, String body) {
    return HostileCase.to(Service.PAYMENTS, "POST", PATH).json(body).header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp)).header("webhook-signature", signatures.sign(id, timestamp, body));
  }

  private static String succeeded(String id, String payment, String intent, String amount, String currency, String net,
      String fee) {
    return "{\"id\":\"" + id + "\",\"type\":\"payment.succeeded\",\"created\":0,\"data\":{\"paymentId\":\"" + payment
        + "\",\"intentId\":\"" + intent + "\",\"amount\":" + amount + ",\"currency\":" + currency + ",\"fee\":" + fee
        + ",\"net\":" + net + ",\"method\":\"card\"}}";
  }
}

package io.eventdesign.payment.payment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A request has at most one payment: its id is derived from the request id, so duplicates collapse. */
public final class PaymentIds {

  private PaymentIds() {}

  public static String forRequest(String requestId) {
    return UUID.nameUUIDFromBytes(("payment-for-request:" + requestId).getBytes(StandardCharsets.UTF_8)).toString();
  }
}

package io.eventdesign.local.chaos;

import io.eventdesign.local.chaos.EventLog.Event;
import io.eventdesign.payment.payment.PaymentIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The payment saga's invariants over both topics: no payment without its submitted request (and at most
 * one per request, its id derived from the request's); each paid request has exactly one succeeded
 * payment; a payment is refunded at most once and only for a cancelled request; and, once settled, every
 * submitted request that was not cancelled is paid and every succeeded payment of a cancelled one refunded.
 */
final class SagaChecks {

  private SagaChecks() {}

  static List<String> violations(EventLog log) {
    List<String> violations = new ArrayList<>();
    Map<String, List<Event>> requests = log.requestsById();
    Map<String, List<Event>> payments = log.paymentsById();
    payments.forEach((paymentId, history) -> {
      String requestId = history.stream().map(Event::requestId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
      if (requestId == null || EventLog.count(requests.getOrDefault(requestId, List.of()), "request.submitted") == 0) {
        violations.add("payment " + paymentId + " has no submitted request (request " + requestId + ")");
      } else if (!paymentId.equals(PaymentIds.forRequest(requestId))) {
        violations.add("payment " + paymentId + " of request " + requestId + " is not the request's one payment");
      }
      long refunds = EventLog.count(history, "payment.refunded");
      if (refunds > 1) {
        violations.add("payment " + paymentId + " refunded " + refunds + " times");
      }
      if (refunds > 0 && requestId != null && EventLog.count(requests.getOrDefault(requestId, List.of()), "request.cancelled") == 0) {
        violations.add("payment " + paymentId + " refunded, but request " + requestId + " was not cancelled");
      }
    });
    requests.forEach((requestId, history) -> {
      List<Event> payment = payments.getOrDefault(PaymentIds.forRequest(requestId), List.of());
      long succeeded = EventLog.count(payment, "payment.succeeded");
      boolean cancelled = EventLog.count(history, "request.cancelled") > 0;
      if (EventLog.count(history, "request.paid") > 0 && succeeded != 1) {
        violations.add("request " + requestId + " is paid, its payment succeeded " + succeeded + " times");
      }
      if (EventLog.count(history, "request.submitted") > 0 && !cancelled && EventLog.count(history, "request.paid") != 1) {
        violations.add("request " + requestId + " was submitted and not cancelled, but is not paid exactly once");
      }
      if (cancelled && succeeded > 0 && EventLog.count(payment, "payment.refunded") != 1) {
        violations.add("request " + requestId + " was cancelled after its payment succeeded, but the payment is not refunded");
      }
    });
    return violations;
  }
}

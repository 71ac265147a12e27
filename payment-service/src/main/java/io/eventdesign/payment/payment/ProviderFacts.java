package io.eventdesign.payment.payment;

import io.eventdesign.contract.vocabulary.PaymentStatus;
import io.eventdesign.platform.decider.Rejection;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed webhook proves who sent it, not that what it says fits the payment it names. What the
 * provider states (intent, amount, currency, fee and net) must match the payment; a mismatch is
 * refused as a validation problem naming the webhook field, and nothing is recorded. While the
 * intent of the current attempt is not recorded yet (the webhook overtook the provider gateway), the
 * webhook is refused as not yet applicable (409), and the provider delivers it again later.
 */
final class ProviderFacts {

  private ProviderFacts() {}

  static Optional<Rejection> ofSuccess(PaymentCommand.RecordSuccess s, Payment payment) {
    if (s.amount() != payment.amount()) {
      return mismatch("data.amount", "the amount " + s.amount() + " is not the payment's " + payment.amount());
    }
    if (!payment.currency().equals(s.currency())) {
      return currencyMismatch(s.currency(), payment);
    }
    if (s.fee() < 0 || s.netAmount() < 0 || s.fee() + s.netAmount() != s.amount()) {
      return mismatch("data.net", "net and fee must not be negative and must add up to the amount");
    }
    if (payment.providerIntentId() == null && payment.status() == PaymentStatus.CANCELLED) {
      return Optional.empty(); // cancelled before its intent was recorded: record the money to give it back
    }
    return intent(s.providerIntentId(), payment);
  }

  static Optional<Rejection> ofFailure(PaymentCommand.RecordFailure f, Payment payment) {
    return payment.status() == PaymentStatus.PENDING || payment.status() == PaymentStatus.PROCESSING
        ? intent(f.providerIntentId(), payment)
        : Optional.empty();
  }

  static Optional<Rejection> ofRefund(PaymentCommand.RecordRefund r, Payment payment) {
    if (!payment.currency().equals(r.currency())) {
      return currencyMismatch(r.currency(), payment);
    }
    if (!Objects.equals(r.providerIntentId(), payment.providerIntentId())) {
      return intentMismatch();
    }
    long refundable = payment.amount() - payment.refundedAmount();
    boolean awaited = payment.refundRequested() && payment.status() == PaymentStatus.SUCCEEDED;
    if (r.amount() <= 0 || awaited && r.amount() != refundable) {
      return mismatch("data.amount", "the refunded amount " + r.amount() + " is not the requested " + refundable);
    }
    return Optional.empty();
  }

  /** The intent named must be the payment's; while the current attempt's is not recorded, not yet. */
  private static Optional<Rejection> intent(String intentId, Payment payment) {
    if (intentId.equals(payment.providerIntentId())) {
      return Optional.empty();
    }
    if (payment.status() == PaymentStatus.PENDING) {
      return Optional.of(Rejection.invalidState(
          "the provider intent of the current attempt is not recorded yet; deliver the webhook again later",
          payment.status().name()));
    }
    return intentMismatch();
  }

  private static Optional<Rejection> currencyMismatch(String currency, Payment payment) {
    return mismatch("data.currency", "the currency " + currency + " is not the payment's " + payment.currency());
  }

  private static Optional<Rejection> intentMismatch() {
    return mismatch("data.intentId", "not the provider intent of this payment");
  }

  private static Optional<Rejection> mismatch(String field, String message) {
    return Optional.of(Rejection.validation(field, message));
  }
}

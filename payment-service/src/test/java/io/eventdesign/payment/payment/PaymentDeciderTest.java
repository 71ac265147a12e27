package io.eventdesign.payment.payment;

import io.eventdesign.contract.vocabulary.PaymentStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.platform.decider.Decision;
import io.eventdesign.platform.decider.Rejection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given past events, when a command, then these events or this rejection. */
class PaymentDeciderTest {

  private final PaymentDecider decider = new PaymentDecider();

  private static final PaymentEvent REQUESTED =
      new PaymentEvent.Requested("p-1", "r-1", "u-1", 14900, "EUR", "a@example.com", null);
  private static final PaymentEvent INTENT = new PaymentEvent.IntentCreated("pi_1", 1);
  private static final PaymentEvent SUCCEEDED = new PaymentEvent.Succeeded(14900, "EUR", 14443, 457, "card", "pi_1");
  private static final PaymentEvent FAILED = new PaymentEvent.Failed("card_declined", "Declined", 1);
  private static final PaymentCommand.RecordSuccess SUCCESS =
      new PaymentCommand.RecordSuccess("pi_1", 14900, "EUR", 14443, 457, "card");

  private Decision<PaymentEvent> given(List<PaymentEvent> past, PaymentCommand command) {
    Payment state = decider.initialState();
    for (PaymentEvent event : past) {
      state = decider.evolve(state, event);
    }
    return decider.decide(command, state);
  }

  private Payment stateAfter(PaymentEvent... past) {
    Payment state = decider.initialState();
    for (PaymentEvent event : past) {
      state = decider.evolve(state, event);
    }
    return state;
  }

  private static List<PaymentEvent> events(Decision<PaymentEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted<PaymentEvent>) decision).events();
  }

  private static List<PaymentEvent> history(PaymentEvent... events) {
    return new ArrayList<>(List.of(events));
  }

  @Test
  void aSecondRequestForTheSamePaymentRecordsNothing() {
    var request = new PaymentCommand.RequestPayment("p-1", "r-1", "u-1", 14900, "EUR", "a@example.com", null);

    assertThat(events(given(List.of(), request))).containsExactly(REQUESTED);
    assertThat(events(given(history(REQUESTED), request))).isEmpty();
  }

  @Test
  void theIntentMovesAPendingPaymentToProcessing() {
    assertThat(events(given(history(REQUESTED), new PaymentCommand.RecordIntent("pi_1", 1)))).containsExactly(INTENT);
    assertThat(stateAfter(REQUESTED, INTENT).status()).isEqualTo(PaymentStatus.PROCESSING);
    assertThat(events(given(history(REQUESTED, INTENT), new PaymentCommand.RecordIntent("pi_1", 1)))).isEmpty();
  }

  @Test
  void successBeforeItsIntentIsRecordedIsNotApplicableYetAndADuplicateChangesNothing() {
    var early = rejection(given(history(REQUESTED), SUCCESS));
    assertThat(early.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(early.currentStatus()).isEqualTo("PENDING");

    assertThat(events(given(history(REQUESTED, INTENT), SUCCESS))).containsExactly(SUCCEEDED);
    assertThat(events(given(history(REQUESTED, INTENT, SUCCEEDED), new PaymentCommand.RecordIntent("pi_1", 1)))).isEmpty();
    assertThat(events(given(history(REQUESTED, INTENT, SUCCEEDED), SUCCESS))).isEmpty();
  }

  @Test
  void aSuccessWhoseFiguresDoNotFitThePaymentIsRefusedInEveryState() {
    var negative = new PaymentCommand.RecordSuccess("pi_1", -14900, "EUR", -15357, 457, "card");
    var smaller = new PaymentCommand.RecordSuccess("pi_1", 100, "EUR", 0, 100, "card");
    var otherCurrency = new PaymentCommand.RecordSuccess("pi_1", 14900, "USD", 14443, 457, "card");
    var netPlusFeeOff = new PaymentCommand.RecordSuccess("pi_1", 14900, "EUR", 14900, 457, "card");
    var otherIntent = new PaymentCommand.RecordSuccess("pi_forged", 14900, "EUR", 14443, 457, "card");

    for (var past : List.of(history(REQUESTED, INTENT), history(REQUESTED, INTENT, FAILED),
        history(REQUESTED, INTENT, SUCCEEDED))) {
      assertThat(field(given(past, negative))).isEqualTo("data.amount");
      assertThat(field(given(past, smaller))).isEqualTo("data.amount");
      assertThat(field(given(past, otherCurrency))).isEqualTo("data.currency");
      assertThat(field(given(past, netPlusFeeOff))).isEqualTo("data.net");
      assertThat(field(given(past, otherIntent))).isEqualTo("data.intentId");
    }
  }

  @Test
  void aFailureOfAnotherIntentIsRefusedAndALateFailureOfAnEarlierAttemptChangesNothing() {
    var forged = new PaymentCommand.RecordFailure("pi_forged", "card_declined", "Declined");
    assertThat(field(given(history(REQUESTED, INTENT), forged))).isEqualTo("data.intentId");

    var retried = history(REQUESTED, INTENT, FAILED, new PaymentEvent.Retried(2, 14900, "EUR", null));
    assertThat(events(given(retried, new PaymentCommand.RecordFailure("pi_1", "card_declined", "late")))).isEmpty();
    assertThat(rejection(given(retried, new PaymentCommand.RecordFailure("pi_2", "card_declined", "early"))).kind())
        .isEqualTo(Rejection.Kind.INVALID_STATE);
  }

  @Test
  void aRefundWhoseFiguresDoNotFitTheRequestedRefundIsRefused() {
    var refunding = history(REQUESTED, INTENT, SUCCEEDED, new PaymentEvent.RefundRequested(14900, "x"));

    assertThat(field(given(refunding, new PaymentCommand.RecordRefund("re_1", "pi_1", 1, "EUR")))).isEqualTo("data.amount");
    assertThat(field(given(refunding, new PaymentCommand.RecordRefund("re_1", "pi_1", -14900, "EUR")))).isEqualTo("data.amount");
    assertThat(field(given(refunding, new PaymentCommand.RecordRefund("re_1", "pi_1", 14900, "USD")))).isEqualTo("data.currency");
    assertThat(field(given(refunding, new PaymentCommand.RecordRefund("re_1", "pi_x", 14900, "EUR")))).isEqualTo("data.intentId");
  }

  private static Rejection rejection(Decision<PaymentEvent> decision) {
    assertThat(decision).isInstanceOf(Decision.Rejected.class);
    return ((Decision.Rejected<PaymentEvent>) decision).rejection();
  }

  private static String field(Decision<PaymentEvent> decision) {
    Rejection rejection = rejection(decision);
    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.VALIDATION);
    return rejection.field();
  }

  @Test
  void aFailedPaymentCanBeRetriedAndCountsAttempts() {
    var failed = history(REQUESTED, INTENT, FAILED);

    assertThat(events(given(failed, new PaymentCommand.RetryPayment(null))))
        .containsExactly(new PaymentEvent.Retried(2, 14900, "EUR", null));
    failed.add(new PaymentEvent.Retried(2, 14900, "EUR", "tok_success"));
    failed.add(new PaymentEvent.IntentCreated("pi_2", 2));
    Payment afterSecondIntent = stateAfter(failed.toArray(PaymentEvent[]::new));
    assertThat(afterSecondIntent.attempts()).isEqualTo(2);
    assertThat(afterSecondIntent.failureCode()).isEqualTo("card_declined");
  }

  @Test
  void onlyAFailedPaymentCanBeRetried() {
    var rejection = ((Decision.Rejected<PaymentEvent>) given(history(REQUESTED, INTENT), new PaymentCommand.RetryPayment(null))).rejection();

    assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID_STATE);
    assertThat(rejection.currentStatus()).isEqualTo("PROCESSING");
  }

  @Test
  void cancellingBeforeSuccessCancelsAndAfterSuccessAsksForARefund() {
    var cancel = new PaymentCommand.CancelPayment("customer cancelled");

    assertThat(events(given(history(REQUESTED, INTENT), cancel))).containsExactly(new PaymentEvent.Cancelled("customer cancelled"));
    assertThat(events(given(history(REQUESTED, INTENT, SUCCEEDED), cancel)))
        .containsExactly(new PaymentEvent.RefundRequested(14900, "customer cancelled"));
    assertThat(events(given(history(REQUESTED, INTENT, SUCCEEDED, new PaymentEvent.RefundRequested(14900, "x")), cancel))).isEmpty();
  }

  @Test
  void moneyTakenAfterCancellationIsRecordedAndRefunded() {
    var decision = given(history(REQUESTED, INTENT, new PaymentEvent.Cancelled("x")), SUCCESS);

    assertThat(events(decision)).containsExactly(SUCCEEDED, new PaymentEvent.RefundRequested(14900, "request cancelled before payment"));
  }

  @Test
  void aRefundCompletesOnlyARequestedRefund() {
    var refund = new PaymentCommand.RecordRefund("re_1", "pi_1", 14900, "EUR");

    assertThat(events(given(history(REQUESTED, INTENT, SUCCEEDED), refund))).isEmpty();
    var refunding = history(REQUESTED, INTENT, SUCCEEDED, new PaymentEvent.RefundRequested(14900, "x"));
    assertThat(events(given(refunding, refund))).containsExactly(new PaymentEvent.Refunded(14900, "re_1"));
    refunding.add(new PaymentEvent.Refunded(14900, "re_1"));
    assertThat(stateAfter(refunding.toArray(PaymentEvent[]::new)).status()).isEqualTo(PaymentStatus.REFUNDED);
  }
}

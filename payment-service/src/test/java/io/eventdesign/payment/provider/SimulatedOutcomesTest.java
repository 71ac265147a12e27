package io.eventdesign.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulatedOutcomesTest {

  @Test
  void noTokenOrTheSuccessTokenSucceedsWithTheDocumentedFee() {
    assertThat(SimulatedOutcomes.of(null, 1, 10_000)).isEqualTo(new SimulatedOutcomes.Outcome.Success(315, 9_685));
    assertThat(SimulatedOutcomes.of("tok_success", 3, 10_000)).isInstanceOf(SimulatedOutcomes.Outcome.Success.class);
  }

  @Test
  void aFailTokenFailsEveryAttemptWithItsCode() {
    assertThat(SimulatedOutcomes.of("tok_fail_card_declined", 1, 100))
        .isEqualTo(new SimulatedOutcomes.Outcome.Failure("card_declined", "Simulated decline: card declined"));
    assertThat(SimulatedOutcomes.of("tok_fail_card_declined", 2, 100)).isInstanceOf(SimulatedOutcomes.Outcome.Failure.class);
  }

  @Test
  void aFailFirstTokenFailsOnceThenSucceeds() {
    assertThat(SimulatedOutcomes.of("tok_fail_first_insufficient_funds", 1, 100))
        .isEqualTo(new SimulatedOutcomes.Outcome.Failure("insufficient_funds", "Simulated decline: insufficient funds"));
    assertThat(SimulatedOutcomes.of("tok_fail_first_insufficient_funds", 2, 100)).isInstanceOf(SimulatedOutcomes.Outcome.Success.class);
  }

  @Test
  void anUnknownTokenIsAnInvalidPaymentMethod() {
    assertThat(SimulatedOutcomes.of("tok_whatever", 1, 100))
        .isEqualTo(new SimulatedOutcomes.Outcome.Failure("invalid_payment_method", "Simulated decline: invalid payment method"));
  }
}

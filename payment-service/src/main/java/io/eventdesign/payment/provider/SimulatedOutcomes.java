package io.eventdesign.payment.provider;

/**
 * The simulated provider's deterministic behaviour, chosen by the payment method token:
 * <ul>
 *   <li>none, or {@code tok_success}: the payment succeeds;
 *   <li>{@code tok_fail_<code>}: every attempt fails with {@code <code>} (e.g. {@code tok_fail_card_declined});
 *   <li>{@code tok_fail_first_<code>}: the first attempt fails with {@code <code>}, a retry succeeds;
 *   <li>any other token fails with {@code invalid_payment_method}.
 * </ul>
 * The fee is 2.9 % plus 25 minor units.
 */
public final class SimulatedOutcomes {

  /** What the provider reports for an attempt. */
  public sealed interface Outcome {
    record Success(long fee, long net) implements Outcome {}

    record Failure(String code, String reason) implements Outcome {}
  }

  private static final String FAIL_FIRST = "tok_fail_first_";
  private static final String FAIL = "tok_fail_";

  private SimulatedOutcomes() {}

  public static Outcome of(String token, int attempt, long amount) {
    if (token == null || token.equals("tok_success")) {
      return success(amount);
    }
    if (token.startsWith(FAIL_FIRST)) {
      return attempt <= 1 ? failure(token.substring(FAIL_FIRST.length())) : success(amount);
    }
    if (token.startsWith(FAIL)) {
      return failure(token.substring(FAIL.length()));
    }
    return failure("invalid_payment_method");
  }

  public static long fee(long amount) {
    return Math.round(amount * 0.029) + 25;
  }

  private static Outcome success(long amount) {
    long fee = fee(amount);
    return new Outcome.Success(fee, amount - fee);
  }

  private static Outcome failure(String code) {
    return new Outcome.Failure(code, "Simulated decline: " + code.replace('_', ' '));
  }
}

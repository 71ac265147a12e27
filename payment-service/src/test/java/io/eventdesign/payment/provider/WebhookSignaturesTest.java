package io.eventdesign.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

  private final WebhookSignatures signatures = new WebhookSignatures("whsec_dGVzdC1zZWNyZXQtZm9yLXdlYmhvb2tz");

  @Test
  void aSignatureVerifiesOnlyForTheSameIdTimestampAndBody() {
    long now = System.currentTimeMillis() / 1000;
    String signature = signatures.sign("evt_1", now, "{\"a\":1}");

    assertThat(signatures.verify("evt_1", Long.toString(now), signature, "{\"a\":1}")).isTrue();
    assertThat(signatures.verify("evt_1", Long.toString(now), signature, "{\"a\":2}")).isFalse();
    assertThat(signatures.verify("evt_2", Long.toString(now), signature, "{\"a\":1}")).isFalse();
    assertThat(signatures.verify("evt_1", Long.toString(now + 1), signature, "{\"a\":1}")).isFalse();
  }

  @Test
  void anotherSecretsSignatureDoesNotVerify() {
    long now = System.currentTimeMillis() / 1000;
    String forged = new WebhookSignatures("whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==").sign("evt_1", now, "{}");

    assertThat(signatures.verify("evt_1", Long.toString(now), forged, "{}")).isFalse();
  }
}

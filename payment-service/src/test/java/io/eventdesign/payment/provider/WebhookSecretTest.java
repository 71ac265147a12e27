package io.eventdesign.payment.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventdesign.infra.testing.SharedInfrastructure;
import io.eventdesign.payment.PaymentServiceApplication;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

  @Test
  void aGeneratedSecretIsAcceptedAndDiffersEachTime() {
    String secret = WebhookSecret.generate();
    assertThat(WebhookSecret.require(secret)).isEqualTo(secret);
    assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
  }

  @Test
  void noSecretAPublishedOneAndAShortOneAreRefused() {
    assertThatThrownBy(() -> WebhookSecret.require(null)).hasMessageContaining("is not set");
    assertThatThrownBy(() -> WebhookSecret.require(" ")).hasMessageContaining("is not set");
    assertThatThrownBy(() -> WebhookSecret.require("whsec_bG9jYWwtZGV2ZWxvcG1lbnQtd2ViaG9vay1zZWNyZXQ="))
        .hasMessageContaining("published");
    assertThatThrownBy(() -> WebhookSecret.require("whsec_c2hvcnQ=")).hasMessageContaining("at least 24");
    assertThatThrownBy(() -> WebhookSecret.require("whsec_not*base64")).hasMessageContaining("base64");
  }

  @Test
  void theServiceDoesNotStartWithoutASecret() {
    assertThatThrownBy(() -> PaymentServiceApplication.run("--server.port=0",
        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafka().bootstrapServers(),
        "--spring.kafka.streams.state-dir=" + SharedInfrastructure.newStateDir("payment-no-secret")).close())
        .rootCause().hasMessageContaining("eventdesign.payments.webhook-secret is not set");
  }
}

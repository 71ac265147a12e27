package io.eventdesign.payment.provider;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Provider settings ({@code eventdesign.payments.*}).
 *
 * @param webhookSecret the Standard Webhooks secret ({@code whsec_<base64>}) shared with the provider
 * @param simulator the built-in simulated provider
 */
@ConfigurationProperties("eventdesign.payments")
public record ProviderProperties(String webhookSecret, Simulator simulator) {

  /**
   * @param webhookUrl where the simulator delivers webhooks; this service's own endpoint when empty
   * @param delay how long the simulated provider "processes" before it calls back
   */
  public record Simulator(String webhookUrl, Duration delay) {
    public Simulator {
      delay = delay == null ? Duration.ofMillis(200) : delay;
    }
  }

  public ProviderProperties {
    simulator = simulator == null ? new Simulator(null, null) : simulator;
  }
}

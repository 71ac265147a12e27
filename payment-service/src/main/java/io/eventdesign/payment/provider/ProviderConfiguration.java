package io.eventdesign.payment.provider;

import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.payment.payment.PaymentCommand;
import io.eventdesign.platform.command.CommandCodec;
import io.eventdesign.platform.gateway.CommandGateway;
import io.eventdesign.platform.kafka.KafkaSetup;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import tools.jackson.databind.json.JsonMapper;

/** The provider side: signatures, the (simulated, unless another is defined) provider, and its gateway. */
@Configuration(proxyBeanMethods = false)
class ProviderConfiguration {

  @Bean
  WebhookSignatures webhookSignatures(ProviderProperties properties) {
    return new WebhookSignatures(WebhookSecret.require(properties.webhookSecret()));
  }

  @Bean(destroyMethod = "close")
  WebhookDelivery simulatedWebhookDelivery(WebhookSignatures signatures, ProviderProperties properties, Environment env) {
    String configured = properties.simulator().webhookUrl();
    return new WebhookDelivery(signatures, () -> configured != null && !configured.isBlank() ? configured
        : "http://localhost:" + env.getProperty("local.server.port") + ProviderWebhookController.PATH,
        properties.simulator().delay());
  }

  /** The simulated provider; define another {@link PaymentProvider} bean to talk to a real one. */
  @Bean
  @ConditionalOnMissingBean(PaymentProvider.class)
  PaymentProvider simulatedPaymentProvider(WebhookDelivery simulatedWebhookDelivery, JsonMapper json) {
    return new SimulatedPaymentProvider(simulatedWebhookDelivery, json);
  }

  @Bean
  ConcurrentKafkaListenerContainerFactory<String, byte[]> providerGatewayContainerFactory(KafkaProperties kafka) {
    return KafkaSetup.listenerFactory(kafka, false);
  }

  @Bean
  ProviderGateway providerGateway(PaymentProvider provider, CommandGateway gateway, CommandCodec<PaymentCommand> codec,
      Clock clock) {
    return new ProviderGateway(provider, new SingleObjectCodec(), gateway, codec, clock);
  }
}

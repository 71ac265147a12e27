package io.eventdesign.payment;

import io.eventdesign.payment.provider.ProviderProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** payment-service: payments with a provider, signed webhooks, retries and refunds; single writer of {@code payments.events}. */
@SpringBootApplication
@EnableConfigurationProperties(ProviderProperties.class)
public class PaymentServiceApplication {

  /** Configuration file name ({@value}.yml), distinct per service so that services can share a JVM. */
  public static final String CONFIG_NAME = "payment-service";

  public static void main(String[] args) {
    run(args);
  }

  public static ConfigurableApplicationContext run(String... args) {
    return new SpringApplicationBuilder(PaymentServiceApplication.class)
        .properties("spring.config.name=" + CONFIG_NAME)
        .run(args);
  }
}

package io.eventdesign.payment;

import static io.eventdesign.platform.security.Access.ANY_PERSON;
import static io.eventdesign.platform.security.Access.READER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.eventdesign.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * payment-service's rows of the access table (docs/security.md). The provider's webhook is
 * authenticated by its signature, not a token. A customer reads and retries only payments of their
 * own requests (404 otherwise).
 */
@Configuration(proxyBeanMethods = false)
class PaymentAccess {

  @Bean
  AccessRules paymentAccessRules() {
    return rules -> rules
        .requestMatchers(POST, "/api/v1/payments/webhooks/provider").permitAll()
        .requestMatchers(POST, "/api/v1/payments/*/retry").hasAuthority(ANY_PERSON)
        .requestMatchers(GET, "/api/v1/payments", "/api/v1/payments/*").hasAnyAuthority(ANY_PERSON, READER);
  }
}

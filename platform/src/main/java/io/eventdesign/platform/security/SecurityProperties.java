package io.eventdesign.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where access tokens come from ({@code eventdesign.security.*}).
 *
 * @param issuerUri the OpenID Connect issuer: tokens must name it, and its discovery document gives the
 *     JWKS the signatures are checked against (the local run's authorization server, Keycloak, any OIDC provider)
 * @param audience the audience access tokens must name
 */
@ConfigurationProperties("eventdesign.security")
public record SecurityProperties(String issuerUri, String audience) {

  public SecurityProperties {
    audience = audience == null || audience.isBlank() ? "eventdesign-api" : audience;
  }
}

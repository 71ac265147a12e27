package io.eventdesign.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where access tokens come from ({@code eventdesign.security.*}).
 *
 * @param issuerUri the OpenID Connect issuer: tokens must name it, and its discovery document gives the
 *     JWKS the signatures are checked against (the local run's authorization server, Keycloak, any OIDC provider)
 * @param audience the audience access tokens must name
 * @param jwkSetUri where to fetch the issuer's keys when the service reaches the issuer under another
 *     name than the one in its tokens (docker-compose: tokens say {@code http://localhost:9000}, the
 *     containers reach {@code http://auth-server:9000}); empty: from the issuer's discovery document
 */
@ConfigurationProperties("eventdesign.security")
public record SecurityProperties(String issuerUri, String audience, String jwkSetUri) {

  public SecurityProperties {
    audience = audience == null || audience.isBlank() ? "eventdesign-api" : audience;
    jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? null : jwkSetUri;
  }
}

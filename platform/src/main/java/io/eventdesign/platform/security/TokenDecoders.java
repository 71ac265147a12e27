package io.eventdesign.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The access-token check of every service: the issuer's keys from its discovery document (fetched on
 * first use, so a service may start before its issuer), asymmetric signatures only (RS256, ES256, PS256:
 * {@code alg: none} and an HMAC signed with the public key are refused), and the issuer, audience,
 * expiry and not-before claims.
 */
public final class TokenDecoders {

  private TokenDecoders() {}

  /** @param jwkSetUri the issuer's JWKS under the name this service reaches it by, or null for discovery */
  public static JwtDecoder forIssuer(String issuer, String audience, String jwkSetUri) {
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalStateException("eventdesign.security.issuer-uri is not set: every service needs the "
          + "OpenID Connect issuer whose tokens it accepts (EVENTDESIGN_SECURITY_ISSUER_URI)");
    }
    return new SupplierJwtDecoder(() -> {
      var builder = jwkSetUri == null ? NimbusJwtDecoder.withIssuerLocation(issuer) : NimbusJwtDecoder.withJwkSetUri(jwkSetUri);
      NimbusJwtDecoder decoder = builder
          .jwsAlgorithms(algorithms -> {
            algorithms.clear();
            algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256, SignatureAlgorithm.PS256));
          })
          .build();
      decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
          JwtValidators.createDefaultWithIssuer(issuer), audience(audience)));
      return decoder;
    });
  }

  private static OAuth2TokenValidator<Jwt> audience(String audience) {
    OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "the token is not for audience " + audience, null);
    return token -> token.getAudience() != null && token.getAudience().contains(audience)
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(wrongAudience);
  }
}

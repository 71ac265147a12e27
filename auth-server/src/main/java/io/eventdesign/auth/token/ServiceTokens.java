package io.eventdesign.auth.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * The authorization server's own access token, which it signs for itself to call user-service
 * (registrations, the roles it puts into tokens, seeded accounts' roles): subject {@value #CLIENT_ID},
 * scope {@value #SCOPE}. It is never handed out. Renewed a minute before it expires.
 */
public final class ServiceTokens {

  public static final String CLIENT_ID = "auth-server";
  public static final String SCOPE = "users.manage api.read";
  private static final Duration TTL = Duration.ofMinutes(5);

  private final JwtEncoder encoder;
  private final String issuer;
  private final String audience;
  private final Clock clock;
  private String token;
  private Instant renewAt = Instant.MIN;

  public ServiceTokens(JwtEncoder encoder, String issuer, String audience, Clock clock) {
    this.encoder = encoder;
    this.issuer = issuer;
    this.audience = audience;
    this.clock = clock;
  }

  public synchronized String current() {
    Instant now = clock.instant();
    if (now.isAfter(renewAt)) {
      JwtClaimsSet claims = JwtClaimsSet.builder()
          .issuer(issuer)
          .subject(CLIENT_ID)
          .audience(List.of(audience))
          .issuedAt(now)
          .notBefore(now)
          .expiresAt(now.plus(TTL))
          .claim("client_id", CLIENT_ID)
          .claim("scope", SCOPE)
          .build();
      JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
      token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
      renewAt = now.plus(TTL).minusSeconds(60);
    }
    return token;
  }
}

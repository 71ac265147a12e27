package io.eventdesign.platform.security;

import io.eventdesign.platform.http.ProblemResponses;
import io.eventdesign.platform.http.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals of the token check as problems: 401 {@code /problems/unauthorized} with the
 * {@code WWW-Authenticate} challenge of RFC 6750 (naming {@code invalid_token} when a token was sent
 * and refused), and 403 {@code /problems/forbidden} when the token is valid but its roles or scopes do
 * not reach the endpoint. Refused tokens are logged to {@code eventdesign.security} without the token.
 */
public final class TokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final Logger SECURITY = LoggerFactory.getLogger("eventdesign.security");

  private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    boolean tokenSent = request.getHeader("Authorization") != null;
    if (tokenSent) {
      SECURITY.warn("refused access token for {} {}: {}", request.getMethod(), request.getRequestURI(),
          refused.getMessage());
    }
    challenge.commence(request, response, refused);
    ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
        tokenSent ? "the access token was refused: " + refused.getMessage()
            : "this endpoint needs an access token (Authorization: Bearer <token>)"));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    ProblemResponses.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
        "the access token does not allow this operation"));
  }
}

package io.eventdesign.projection.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.eventdesign.platform.http.ProblemResponses;
import io.eventdesign.platform.http.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets through only requests that carry {@code Authorization: Bearer <token>} with the configured
 * admin token (compared in constant time); any other gets 401 as a problem, and nothing runs. Without
 * a token every request passes (a laptop's setting; the configuration warns at start-up). Registered
 * for {@code /api/v1/admin/*}: rebuilds, replays, dead letters.
 */
public final class AdminTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final byte[] token;

  /** @param token the required bearer token; null or blank lets every request pass */
  public AdminTokenFilter(String token) {
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  public boolean open() {
    return token == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (open() || authorization != null && authorization.startsWith(BEARER)
        && MessageDigest.isEqual(token, authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"eventdesign-admin\"");
    ProblemResponses.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
        "admin endpoints need Authorization: Bearer <eventdesign.projections.admin-token>"));
  }
}

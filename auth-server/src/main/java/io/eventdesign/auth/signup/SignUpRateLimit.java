package io.eventdesign.auth.signup;

import io.eventdesign.platform.http.ProblemResponses;
import io.eventdesign.platform.http.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute-force brake in front of the password checks: at most {@code perMinute} sign-ups and login
 * attempts per client address and clock minute; beyond that, 429 with {@code Retry-After}. Together
 * with the per-account lockout ({@code AccountLogins}) this bounds both guessing one account's password
 * and trying one password on many accounts.
 */
public final class SignUpRateLimit extends OncePerRequestFilter {

  private static final Logger SECURITY = LoggerFactory.getLogger("eventdesign.security");

  private final Set<String> paths;
  private final int perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile long minute;

  public SignUpRateLimit(Set<String> paths, int perMinute, Clock clock) {
    this.paths = Set.copyOf(paths);
    this.perMinute = perMinute;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !paths.contains(request.getServletPath());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = clock.millis();
    if (now / 60_000 != minute) {
      minute = now / 60_000;
      counts.clear();
    }
    if (counts.computeIfAbsent(request.getRemoteAddr(), address -> new AtomicInteger()).incrementAndGet() > perMinute) {
      SECURITY.warn("too many sign-up or login attempts from one address");
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(60 - now / 1000 % 60));
      ProblemResponses.write(response, Problems.ofStatus(HttpStatus.TOO_MANY_REQUESTS,
          "too many sign-up or login attempts from this address; try again later"));
      return;
    }
    chain.doFilter(request, response);
  }
}

package io.eventdesign.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every API response carries: browsers must not guess a content type
 * ({@code X-Content-Type-Options: nosniff}), render it in a frame or run anything from it
 * ({@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}), and nobody may cache
 * it ({@code Cache-Control: no-store}): responses hold personal data. A server with pages of its own
 * (the authorization server's login form) names the policy those pages need; pages under a path prefix
 * (Swagger UI) get a policy of their own.
 */
public final class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String NOSNIFF = "nosniff";
  /** For APIs: nothing of a response may run or render in a browser. */
  public static final String NO_BROWSER_CONTENT = "default-src 'none'; frame-ancestors 'none'";

  /** Swagger UI's pages: its own scripts and styles (it sets inline styles), images inline, never in a frame. */
  public static final String SWAGGER_UI_PAGES =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

  private final String contentSecurityPolicy;
  private final Map<String, String> pagePolicies;

  public SecurityHeadersFilter(String contentSecurityPolicy) {
    this(contentSecurityPolicy, Map.of());
  }

  /** @param pagePolicies the policy of the pages under each path prefix */
  public SecurityHeadersFilter(String contentSecurityPolicy, Map<String, String> pagePolicies) {
    this.contentSecurityPolicy = contentSecurityPolicy;
    this.pagePolicies = Map.copyOf(pagePolicies);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    apply(response, pagePolicies.entrySet().stream().filter(page -> path.startsWith(page.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(contentSecurityPolicy));
    chain.doFilter(request, response);
  }

  /** Sets the API's headers (also used for the container's own error responses). */
  public static void apply(HttpServletResponse response) {
    apply(response, NO_BROWSER_CONTENT);
  }

  private static void apply(HttpServletResponse response, String contentSecurityPolicy) {
    response.setHeader("X-Content-Type-Options", NOSNIFF);
    response.setHeader("Content-Security-Policy", contentSecurityPolicy);
    response.setHeader("Cache-Control", "no-store");
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }
}

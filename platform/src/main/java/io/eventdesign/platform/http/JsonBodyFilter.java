package io.eventdesign.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body is {@code application/json} in UTF-8 and nothing else: Spring would also read
 * {@code application/*+json} and other charsets into a command. Any other Content-Type of a request
 * that has a body is a 415 problem naming {@code Content-Type}, before any controller runs.
 */
public final class JsonBodyFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    if (hasBody && !isJson(request.getContentType())) {
      String detail = "Content-Type " + request.getContentType() + " is not supported; use application/json (UTF-8)";
      ProblemResponses.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
          "Unsupported media type", List.of(new FieldError("Content-Type", detail)));
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      String charset = type.getParameter("charset");
      return type.getType().equals("application") && type.getSubtype().equals("json")
          && type.getParameters().keySet().stream().allMatch(name -> name.equalsIgnoreCase("charset"))
          && (charset == null || charset.replace("\"", "").toUpperCase(Locale.ROOT).equals("UTF-8"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}

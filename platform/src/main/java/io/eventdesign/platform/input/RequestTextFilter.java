package io.eventdesign.platform.input;

import io.eventdesign.platform.http.FieldError;
import io.eventdesign.platform.http.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The {@link TextPolicy} for the URL: every path segment is an identifier and every query parameter
 * (at most {@value #MAX_PARAMETERS}, each with a value) one line of text, both percent-encoded UTF-8.
 * A malformed escape, invalid UTF-8, or a character the policy refuses is a 400 problem naming the
 * path or the parameter, before any controller runs.
 */
public final class RequestTextFilter extends OncePerRequestFilter {

  /** Far more than any endpoint takes; Tomcat itself stops at 1000. */
  static final int MAX_PARAMETERS = 100;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<FieldError> errors = new ArrayList<>();
    checkPath(request.getRequestURI(), errors);
    checkQuery(request.getQueryString(), errors);
    if (!errors.isEmpty()) {
      ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
          errors);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void checkPath(String rawPath, List<FieldError> errors) {
    for (String segment : rawPath.split("/")) {
      Optional<String> decoded = decode(segment, false);
      String problem = decoded.isEmpty() ? "malformed percent-encoding or invalid UTF-8"
          : TextPolicy.violation(decoded.get(), TextPolicy.Kind.IDENTIFIER)
              .or(() -> decoded.get().contains("\\") ? Optional.of("contains a backslash") : Optional.empty())
              .orElse(null);
      if (problem != null) {
        errors.add(new FieldError("path", "a path segment " + problem));
        return;
      }
    }
  }

  private static void checkQuery(String query, List<FieldError> errors) {
    if (query == null || query.isEmpty()) {
      return;
    }
    String[] pairs = query.split("&");
    if (pairs.length > MAX_PARAMETERS) {
      errors.add(new FieldError("query", "more than " + MAX_PARAMETERS + " query parameters"));
      return;
    }
    for (String pair : pairs) {
      int equals = pair.indexOf('=');
      Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
      Optional<String> badName = name.isEmpty() ? Optional.of("has malformed percent-encoding or invalid UTF-8")
          : TextPolicy.violation(name.get(), TextPolicy.Kind.IDENTIFIER);
      if (badName.isPresent()) {
        errors.add(new FieldError("query", "a parameter name " + badName.get()));
        continue;
      }
      Optional<String> value = decode(equals < 0 ? "" : pair.substring(equals + 1), true);
      String problem = value.isEmpty() ? "malformed percent-encoding or invalid UTF-8"
          : value.get().isEmpty() ? "has no value (omit the parameter instead)"
          : TextPolicy.violation(value.get(), TextPolicy.Kind.LINE).orElse(null);
      if (problem != null) {
        errors.add(new FieldError(name.get(), problem));
      }
    }
  }

  /** Strict percent-decoding of UTF-8 ({@code +} is a space in a query); empty when malformed. */
  static Optional<String> decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0x7F) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(plusIsSpace && c == '+' ? ' ' : c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

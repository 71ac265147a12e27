package io.eventdesign.platform.http;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with this API's problem types ({@code /problems/<slug>}) and an
 * {@code errors} list. Errors without a more specific type get the slug of their status
 * ({@code /problems/method-not-allowed}, {@code /problems/not-found}, ...), so every type is stable.
 */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(title);
    return problem;
  }

  /** A problem of the status's own type, such as {@code /problems/method-not-allowed}. */
  public static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
    HttpStatus known = HttpStatus.resolve(status.value());
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(typeOf(status));
    problem.setTitle(known == null ? "HTTP " + status.value() : known.getReasonPhrase());
    return problem;
  }

  /**
   * A problem for an error status the servlet container set itself. A method, transfer coding or HTTP
   * version it does not implement (501, 505) is the client's request, not our failure: a 400.
   */
  public static ProblemDetail ofContainerStatus(int status) {
    if (status == 501 || status == 505) {
      return of(HttpStatus.BAD_REQUEST, "unsupported-protocol", "Unsupported protocol",
          "the request uses a method, transfer coding or HTTP version this server does not support");
    }
    return ofStatus(HttpStatusCode.valueOf(status), status >= 500 ? "the server could not handle the request"
        : "the request was refused before it reached the API");
  }

  /** The problem type of a status without a more specific one, such as {@code /problems/not-found}. */
  public static URI typeOf(HttpStatusCode status) {
    return URI.create("/problems/" + slug(status));
  }

  /** The slug of a status: {@code method-not-allowed} for 405; {@code http-499} for one without a name. */
  public static String slug(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    return known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
  }

  public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
    problem.setProperty("errors", errors);
    return problem;
  }
}

package io.eventdesign.platform.http;

import io.eventdesign.platform.command.CommandOutcome;
import io.eventdesign.platform.decider.Rejection;
import io.eventdesign.platform.gateway.CommandTimeoutException;
import io.eventdesign.platform.gateway.OwnerUnavailableException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every error of the API as {@code application/problem+json}, naming the offending field. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
  static final String RETRY_AFTER_SECONDS = "2";

  @ExceptionHandler(CommandRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(CommandRejectedException e) {
    CommandOutcome outcome = e.outcome();
    Rejection rejection = outcome.rejection();
    HttpStatus status = statusOf(rejection.kind());
    ProblemDetail problem = Problems.of(status, slug(rejection.kind()), titleOf(rejection.kind()), rejection.message());
    if (rejection.field() != null) {
      Problems.withErrors(problem, List.of(new FieldError(rejection.field(), rejection.message())));
    }
    if (rejection.currentStatus() != null) {
      problem.setProperty("currentStatus", rejection.currentStatus());
    }
    if (outcome.version() > 0) {
      problem.setProperty("currentVersion", outcome.version());
    }
    return ResponseEntity.status(status).body(problem);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    String title = e.type().equals("validation") ? "Validation failed" : "Invalid request";
    ProblemDetail problem = Problems.of(e.status(), e.type(), title, e.getMessage());
    return ResponseEntity.status(e.status()).body(Problems.withErrors(problem, e.errors()));
  }

  /** Tomcat's refusal to parse the parameters (too many of them, say) is the request's fault. */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> unparsableParameters(InvalidParameterException e) {
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
        "the request's parameters cannot be read");
    return ResponseEntity.badRequest().body(Problems.withErrors(problem, List.of(new FieldError("query", e.getMessage()))));
  }

  /** Anything not foreseen is our bug, never the client's: logged with its stack, answered as a plain 500 problem. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) throws Exception {
    if (AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
      throw e;
    }
    log.error("Unexpected error on {}", request.getDescription(false), e);
    return ResponseEntity.internalServerError()
        .body(Problems.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR, "the server could not handle the request"));
  }

  /** Spring MVC's own errors (405, 404, 406, ...) keep their problem body, typed by their status. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem && (problem.getType() == null
        || "about:blank".equals(problem.getType().toString()))) {
      problem.setType(Problems.typeOf(status));
    }
    return response;
  }

  /** A rule a controller applies beyond the access table (the same answer as the table's refusals). */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()));
  }

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
  }

  @ExceptionHandler(CommandTimeoutException.class)
  ResponseEntity<ProblemDetail> timeout(CommandTimeoutException e) {
    log.warn(e.getMessage());
    ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "outcome-timeout", "Outcome not known yet",
        "The command was sent but its outcome did not arrive in time. Retry with the same Idempotency-Key "
            + "to get the original outcome without applying it twice.");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).body(problem);
  }

  @ExceptionHandler(OwnerUnavailableException.class)
  ResponseEntity<ProblemDetail> ownerDown(OwnerUnavailableException e) {
    log.warn(e.getMessage());
    long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
    ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "owner-unavailable", "Temporarily unavailable",
        "The instance that processes this command is down; its work moves to another instance within " + seconds
            + " seconds. Nothing was sent: retry then (with the same Idempotency-Key).");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
  }

  @ExceptionHandler(InvalidStateStoreException.class)
  ResponseEntity<ProblemDetail> storeNotReady(InvalidStateStoreException e) {
    log.info("State store not queryable yet: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "Not ready",
            "the state store is being restored or rebalanced; retry shortly"));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large", e.getMessage()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (rootCause(e) instanceof PayloadTooLargeException tooLarge) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge).getBody());
    }
    FieldError error = unreadableField(e);
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body", error.message());
    return ResponseEntity.badRequest().body(Problems.withErrors(problem, List.of(error)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String detail = "Content-Type " + e.getContentType() + " is not supported; use application/json";
    ProblemDetail problem = Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
        "Unsupported media type", detail);
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(Problems.withErrors(problem, List.of(new FieldError("Content-Type", detail))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "query parameter " + e.getParameterName() + " is required";
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", message);
    return ResponseEntity.badRequest()
        .body(Problems.withErrors(problem, List.of(new FieldError(e.getParameterName(), message))));
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    String message = "value " + e.getValue() + " is not " + expected(e.getRequiredType());
    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", message);
    return ResponseEntity.badRequest().body(Problems.withErrors(problem, List.of(new FieldError(field, message))));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = fieldErrors(e.getBindingResult());
    String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation", "Validation failed", detail);
    return ResponseEntity.unprocessableContent().body(Problems.withErrors(problem, errors));
  }

  private static List<FieldError> fieldErrors(BindingResult result) {
    return result.getFieldErrors().stream()
        .map(err -> new FieldError(err.getField(), err.getDefaultMessage()))
        .sorted((a, b) -> a.field().compareTo(b.field()))
        .toList();
  }

  private static FieldError unreadableField(HttpMessageNotReadableException e) {
    Throwable cause = rootCause(e);
    if (!(cause instanceof JacksonException jackson)) {
      return new FieldError("body", "the request body is missing or not valid JSON");
    }
    String field = path(jackson);
    return switch (jackson) {
      case UnrecognizedPropertyException unknown ->
          new FieldError(field, "unknown field '" + unknown.getPropertyName() + "'");
      case InvalidFormatException format ->
          new FieldError(field, "value " + format.getValue() + " is not " + expected(format.getTargetType()));
      case MismatchedInputException mismatch ->
          new FieldError(field, "expected " + expected(mismatch.getTargetType()));
      default -> new FieldError("body", "the request body is not valid JSON: " + jackson.getOriginalMessage());
    };
  }

  private static String path(JacksonException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    return path.isEmpty() ? "body" : path;
  }

  /** What a value of {@code type} looks like, for messages such as "value 12 is not a string". */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "a valid value";
    }
    if (type == java.time.Instant.class) {
      return "an ISO-8601 instant between years 0001 and 9999, such as 2026-01-31T12:00:00Z";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a JSON object";
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof JacksonException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  static HttpStatus statusOf(Rejection.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT, INVALID_STATE -> HttpStatus.CONFLICT;
      case VALIDATION, IDEMPOTENCY_KEY_REUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
      case VERSION_MISMATCH -> HttpStatus.PRECONDITION_FAILED;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
    };
  }

  private static String slug(Rejection.Kind kind) {
    return kind.name().toLowerCase().replace('_', '-');
  }

  private static String titleOf(Rejection.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case INVALID_STATE -> "Not allowed in the current state";
      case VALIDATION -> "Validation failed";
      case VERSION_MISMATCH -> "Version mismatch";
      case IDEMPOTENCY_KEY_REUSED -> "Idempotency key reused";
      case FORBIDDEN -> "Forbidden";
    };
  }
}

package io.eventdesign.platform.http;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input the edge refuses before any command is sent, naming each offending field. */
public final class InvalidRequestException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final List<FieldError> errors;

  public InvalidRequestException(HttpStatus status, String field, String message) {
    this(status, "invalid-request", List.of(new FieldError(field, message)));
  }

  private InvalidRequestException(HttpStatus status, String type, List<FieldError> errors) {
    super(errors.size() == 1 ? errors.getFirst().message()
        : String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
    this.status = status;
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  /** 422 {@code /problems/validation}: well-formed input whose values are not acceptable. */
  public static InvalidRequestException validation(List<FieldError> errors) {
    return new InvalidRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "validation", errors);
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem type's slug ({@code /problems/<type>}). */
  public String type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }
}

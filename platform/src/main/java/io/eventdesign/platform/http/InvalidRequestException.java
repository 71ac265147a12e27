package io.eventdesign.platform.http;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input the edge refuses before any command is sent. */
public final class InvalidRequestException extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldError> errors;

  public InvalidRequestException(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.errors = List.of(new FieldError(field, message));
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}

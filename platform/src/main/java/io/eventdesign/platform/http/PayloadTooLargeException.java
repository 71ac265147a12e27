package io.eventdesign.platform.http;

import java.io.IOException;

/** The request body is larger than the configured limit. */
public final class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException(long limit) {
    super("the request body is larger than " + limit + " bytes");
  }
}

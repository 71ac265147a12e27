package io.eventdesign.platform.gateway;

/** No outcome arrived in time. The command may still be applied; retry with the same Idempotency-Key. */
public final class CommandTimeoutException extends RuntimeException {

  public CommandTimeoutException(String commandId, Throwable cause) {
    super("no outcome for command " + commandId + " in time", cause);
  }
}

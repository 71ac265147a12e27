package io.eventdesign.platform.http;

import io.eventdesign.platform.command.CommandOutcome;

/** The processor refused the command; nothing was recorded. */
public final class CommandRejectedException extends RuntimeException {

  private final CommandOutcome outcome;

  public CommandRejectedException(CommandOutcome outcome) {
    super(outcome.rejection().message());
    this.outcome = outcome;
  }

  public CommandOutcome outcome() {
    return outcome;
  }
}

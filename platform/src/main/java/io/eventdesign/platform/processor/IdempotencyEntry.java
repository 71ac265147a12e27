package io.eventdesign.platform.processor;

import io.eventdesign.platform.command.CommandOutcome;

/**
 * A remembered outcome, keyed by aggregate id and idempotency key.
 *
 * @param commandFingerprint identifies the command's content, to refuse a key reused for another command
 * @param storedAtMillis wall-clock time of storing, for purging after the retention period
 */
record IdempotencyEntry(String commandFingerprint, CommandOutcome outcome, long storedAtMillis) {}

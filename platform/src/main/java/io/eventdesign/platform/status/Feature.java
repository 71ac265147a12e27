package io.eventdesign.platform.status;

/**
 * Something a service does, as {@code GET /api/v1/status} lists it: a bean of this type per feature (the
 * platform adds its own: a command side, the API description).
 *
 * @param name a short stable name, such as {@code command-side} or {@code read-model:users}
 * @param description what it does, for people
 */
public record Feature(String name, String description) {}

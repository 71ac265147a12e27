package io.eventdesign.platform.http;

/** One offending input in a problem response: a JSON field path, a header or a path variable. */
public record FieldError(String field, String message) {}

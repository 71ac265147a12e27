package io.eventdesign.platform.http;

/** A read found no aggregate with that id. */
public final class AggregateNotFoundException extends RuntimeException {

  public AggregateNotFoundException(String aggregateType, String id) {
    super("no " + aggregateType + " with id " + id);
  }
}

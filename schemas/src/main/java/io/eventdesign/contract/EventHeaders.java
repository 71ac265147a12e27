package io.eventdesign.contract;

/**
 * Kafka header names on every event record. They repeat envelope fields so that consumers can
 * route or filter without decoding the value. Values are UTF-8 strings.
 */
public final class EventHeaders {

  public static final String EVENT_TYPE = "event-type";
  public static final String EVENT_ID = "event-id";
  public static final String AGGREGATE_TYPE = "aggregate-type";
  public static final String CORRELATION_ID = "correlation-id";
  /** Only on events whose aggregate belongs to a tenant. */
  public static final String TENANT_ID = "tenant-id";

  private EventHeaders() {}
}

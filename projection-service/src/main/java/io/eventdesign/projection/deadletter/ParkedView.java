package io.eventdesign.projection.deadletter;

/** A parked record as the API shows it (its bytes are on the dead-letter topic). */
public record ParkedView(String topic, int partition, long offset, String key, String reason) {}

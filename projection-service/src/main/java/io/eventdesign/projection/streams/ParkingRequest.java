package io.eventdesign.projection.streams;

/**
 * An operator's request to a topology about its parked records, as the value of a
 * {@code projection.retries} record keyed by the aggregate id: {@code <topic>} re-publishes the key's
 * parked records (every key of the partition when the record has no key); {@code <topic> discard
 * <partition> <offset>} drops one parked record for good and then re-publishes the rest.
 */
public record ParkingRequest(String topic, Position discard) {

  /** A record's position on its source topic. */
  public record Position(int partition, long offset) {}

  public static ParkingRequest republish(String topic) {
    return new ParkingRequest(topic, null);
  }

  public static ParkingRequest discard(String topic, int partition, long offset) {
    return new ParkingRequest(topic, new Position(partition, offset));
  }

  /** Null for a value this version does not understand. */
  public static ParkingRequest parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String[] parts = value.trim().split(" ");
    if (parts.length == 1) {
      return republish(parts[0]);
    }
    if (parts.length == 4 && parts[1].equals("discard")) {
      try {
        return discard(parts[0], Integer.parseInt(parts[2]), Long.parseLong(parts[3]));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public String value() {
    return discard == null ? topic : topic + " discard " + discard.partition() + " " + discard.offset();
  }
}

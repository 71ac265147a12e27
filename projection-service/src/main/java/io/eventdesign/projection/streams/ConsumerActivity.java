package io.eventdesign.projection.streams;

import io.eventdesign.contract.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What one consumer of the event topics (the PostgreSQL sink, the state topologies) did last on this
 * instance: the last record it processed and the last thing that went wrong, for the console's view of
 * the projections. Written by the consumer's threads, read by the stats; nothing here is persisted.
 */
public final class ConsumerActivity {

  /** A processed record: where it was, which event it carried (from its headers), its time and when it was processed. */
  public record Processed(String topic, int partition, long offset, String eventId, String eventType, Instant recordTime,
      Instant processedAt) {}

  /** What went wrong, and when. */
  public record Failure(String message, Instant at) {}

  /** What the consumer's thread keeps per record: no decoding on its path, only when someone asks. */
  private record Taken(String topic, int partition, long offset, byte[] eventId, byte[] eventType, long timestamp,
      Instant at) {}

  private final Clock clock;
  private final AtomicReference<Taken> lastProcessed = new AtomicReference<>();
  private final AtomicReference<Failure> lastError = new AtomicReference<>();

  public ConsumerActivity(Clock clock) {
    this.clock = clock;
  }

  public void processed(String topic, int partition, long offset, Headers headers, long timestamp) {
    lastProcessed.set(new Taken(topic, partition, offset, header(headers, EventHeaders.EVENT_ID),
        header(headers, EventHeaders.EVENT_TYPE), timestamp, clock.instant()));
  }

  public void failed(String message) {
    lastError.set(new Failure(message, clock.instant()));
  }

  public Optional<Processed> lastProcessed() {
    return Optional.ofNullable(lastProcessed.get()).map(taken -> new Processed(taken.topic(), taken.partition(),
        taken.offset(), text(taken.eventId()), text(taken.eventType()), Instant.ofEpochMilli(taken.timestamp()), taken.at()));
  }

  public Optional<Failure> lastError() {
    return Optional.ofNullable(lastError.get());
  }

  private static byte[] header(Headers headers, String name) {
    Header header = headers == null ? null : headers.lastHeader(name);
    return header == null ? null : header.value();
  }

  private static String text(byte[] value) {
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }
}

package io.eventdesign.projection.streams;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The records of one aggregate a topology has parked, oldest first: the first could not be
 * processed, the others arrived after it and wait behind it so that nothing is applied out of order.
 */
public record ParkedRecords(List<Entry> entries) {

  /** One parked record: where it came from, why it is parked, and its original bytes. */
  public record Entry(int partition, long offset, long timestamp, String reason, byte[] value) {

    /** {@code topic-partition@offset}. */
    public String position(String topic) {
      return DeadLetters.position(topic, partition, offset);
    }
  }

  public ParkedRecords {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("nothing parked");
    }
  }

  public static ParkedRecords of(Entry first) {
    return new ParkedRecords(List.of(first));
  }

  public Entry head() {
    return entries.getFirst();
  }

  public ParkedRecords with(Entry next) {
    List<Entry> all = new ArrayList<>(entries);
    all.add(next);
    return new ParkedRecords(all);
  }

  /** These records without the one at {@code partition@offset}: null when none remain, this when it is not here. */
  public ParkedRecords without(int partition, long offset) {
    List<Entry> rest = entries.stream().filter(e -> e.partition() != partition || e.offset() != offset).toList();
    if (rest.size() == entries.size()) {
      return this;
    }
    return rest.isEmpty() ? null : new ParkedRecords(rest);
  }

  /** The records after {@code count} re-published ones, with the new head's reason; null when none remain. */
  public ParkedRecords afterRepublishing(int count, String headReason) {
    if (count == entries.size()) {
      return null;
    }
    List<Entry> rest = new ArrayList<>(entries.subList(count, entries.size()));
    Entry head = rest.getFirst();
    rest.set(0, new Entry(head.partition(), head.offset(), head.timestamp(), headReason, head.value()));
    return new ParkedRecords(rest);
  }

  /** Binary serde for the parking store (internal to the topology, never on a public topic). */
  public static Serde<ParkedRecords> serde() {
    Serializer<ParkedRecords> serializer = (topic, parked) -> parked == null ? null : write(parked);
    Deserializer<ParkedRecords> deserializer = (topic, bytes) -> bytes == null ? null : read(bytes);
    return Serdes.serdeFrom(serializer, deserializer);
  }

  private static byte[] write(ParkedRecords parked) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new DataOutputStream(bytes)) {
      out.writeInt(parked.entries.size());
      for (Entry entry : parked.entries) {
        out.writeInt(entry.partition());
        out.writeLong(entry.offset());
        out.writeLong(entry.timestamp());
        out.writeUTF(entry.reason());
        out.writeInt(entry.value().length);
        out.write(entry.value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static ParkedRecords read(byte[] bytes) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int count = in.readInt();
      List<Entry> entries = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int partition = in.readInt();
        long offset = in.readLong();
        long timestamp = in.readLong();
        String reason = in.readUTF();
        byte[] value = in.readNBytes(in.readInt());
        entries.add(new Entry(partition, offset, timestamp, reason, value));
      }
      return new ParkedRecords(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.eventdesign.projection.rebuild;

import io.eventdesign.projection.sink.SinkParking;
import io.eventdesign.projection.sink.SinkRecord;
import io.eventdesign.projection.streams.DeadLetters;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rebuild leaves out exactly what the live sink leaves out, so that it ends equal to the live table
 * and always completes: the records the sink holds parked ({@code sink_parked_records} when the
 * rebuild starts), records PostgreSQL cannot hold (text with NUL, which the live sink parks when it
 * reaches them), and every later record of the same key on that topic, parked behind them. The
 * rebuild counts and logs what it left out; it parks nothing in the live sink's place.
 */
final class RebuildParking {

  private static final Logger log = LoggerFactory.getLogger(RebuildParking.class);

  private final String table;
  private final Set<String> parkedBySink = new HashSet<>();
  private final Map<SinkParking.TopicKey, String> heads = new HashMap<>();
  private long count;

  RebuildParking(String table, SinkParking sinkParking, List<String> topics) {
    this.table = table;
    for (String topic : topics) {
      parkedBySink.addAll(sinkParking.positions(topic));
    }
  }

  /** True when the record is to be left out of the rebuilt table. */
  boolean leavesOut(SinkRecord sinkRecord) {
    ConsumerRecord<String, byte[]> record = sinkRecord.record();
    String position = DeadLetters.position(record.topic(), record.partition(), record.offset());
    SinkParking.TopicKey at = new SinkParking.TopicKey(record.topic(), record.key());
    String head = record.key() == null ? null : heads.get(at);
    String reason = parkedBySink.contains(position) ? "parked by the live sink"
        : head != null ? DeadLetters.waitingBehind(head)
        : unholdable(sinkRecord.decoded().record());
    if (reason == null) {
      return false;
    }
    count++;
    if (record.key() != null) {
      heads.putIfAbsent(at, position);
    }
    log.warn("Rebuild of {} leaves out {} (key {}): {}", table, position, record.key(), reason);
    return true;
  }

  long count() {
    return count;
  }

  /** Why PostgreSQL cannot hold the record's values, or null. */
  static String unholdable(Object value) {
    return switch (value) {
      case CharSequence text -> text.toString().indexOf('\u0000') >= 0 ? "text contains NUL (U+0000)" : null;
      case GenericRecord record -> firstUnholdable(record.getSchema().getFields().stream().map(f -> record.get(f.pos())));
      case Map<?, ?> map -> firstUnholdable(map.entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())));
      case Collection<?> items -> firstUnholdable(items.stream());
      case null, default -> null;
    };
  }

  private static String firstUnholdable(Stream<?> values) {
    return values.map(RebuildParking::unholdable).filter(Objects::nonNull).findFirst().orElse(null);
  }
}

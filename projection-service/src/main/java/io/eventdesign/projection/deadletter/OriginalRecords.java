package io.eventdesign.projection.deadletter;

import io.eventdesign.platform.kafka.KafkaSetup;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A parked record as it still is on its source topic (event topics are kept forever): its headers and
 * timestamp, which neither the sink's parking table nor the topologies' stores keep.
 */
final class OriginalRecords {

  private static final Duration READ_WITHIN = Duration.ofSeconds(3);

  private final Map<String, Object> clientConfig;

  OriginalRecords(Map<String, Object> clientConfig) {
    this.clientConfig = Map.copyOf(clientConfig);
  }

  /** The headers and timestamp of the committed record at that position, if the topic still holds it. */
  Optional<Map<String, Object>> at(String topic, int partition, long offset) {
    Map<String, Object> config = KafkaSetup.readerSettings(clientConfig);
    config.put("max.poll.records", 1);
    TopicPartition place = new TopicPartition(topic, partition);
    try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(place));
      consumer.seek(place, offset);
      Instant deadline = Instant.now().plus(READ_WITHIN);
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          return record.offset() == offset ? Optional.of(described(record)) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Object> described(ConsumerRecord<byte[], byte[]> record) {
    Map<String, Object> original = new LinkedHashMap<>();
    original.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
    List<Map<String, Object>> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("key", header.key());
      shown.put("text", header.value() == null ? null : text(header.value()));
      shown.put("base64", header.value() == null ? null : Base64.getEncoder().encodeToString(header.value()));
      headers.add(shown);
    }
    original.put("headers", headers);
    return original;
  }

  /** The value as text when it is valid UTF-8 without control characters, else null (see its base64). */
  private static String text(byte[] value) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
      return text.chars().anyMatch(Character::isISOControl) ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

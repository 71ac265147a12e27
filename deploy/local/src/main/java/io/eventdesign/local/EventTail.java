package io.eventdesign.local;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.codec.SingleObjectCodec;
import io.eventdesign.projection.sink.AvroJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints a topic's records decoded as JSON lines, from the beginning, then follows new ones.
 * Usage: {@code ./kafka-tool event-tail <topic> [bootstrap-servers]}.
 */
public final class EventTail {

  private EventTail() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: event-tail <topic> [bootstrap-servers]");
      System.exit(2);
    }
    String bootstrap = args.length > 1 ? args[1] : "localhost:9092";
    Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "group.id", "event-tail-" + UUID.randomUUID(),
        "auto.offset.reset", "earliest", "isolation.level", "read_committed", "enable.auto.commit", false);
    SingleObjectCodec codec = new SingleObjectCodec();
    JsonMapper json = JsonMapper.builder().build();
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(args[0]));
      while (true) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          System.out.println(json.writeValueAsString(line(record, codec, json)));
        }
      }
    }
  }

  private static ObjectNode line(ConsumerRecord<String, byte[]> record, SingleObjectCodec codec, JsonMapper json) {
    ObjectNode line = json.createObjectNode();
    line.put("partition", record.partition());
    line.put("offset", record.offset());
    line.put("key", record.key());
    switch (codec.decode(record.value())) {
      case DecodeResult.Decoded decoded -> {
        line.put("type", decoded.type().name());
        line.put("fingerprint", Fingerprints.toWireHex(decoded.writerFingerprint()));
        line.set("value", AvroJson.toJson((GenericRecord) decoded.record()));
      }
      case DecodeResult.UnknownFingerprint unknown -> line.put("error", "unknown fingerprint " + unknown.fingerprint());
      case DecodeResult.Malformed malformed -> line.put("error", malformed.reason());
    }
    return line;
  }
}

package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.contract.topic.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Dead letters: a record that cannot be decoded is parked on {@code projection.dead-letters} with
 * its original key and bytes, plus headers saying where it came from and why. The partition moves on.
 */
public final class DeadLetters {

  public static final String SOURCE_TOPIC = "dlt-source-topic";
  public static final String SOURCE_PARTITION = "dlt-source-partition";
  public static final String SOURCE_OFFSET = "dlt-source-offset";
  public static final String REASON = "dlt-reason";

  private DeadLetters() {}

  /** Adds the dead-letter branch for the undecodable records of {@code stream}. */
  public static void routeUndecodable(KStream<String, byte[]> stream, RecordCodec codec, String name) {
    stream
        .processValues(() -> new Annotate(codec), Named.as(name + "-dead-letter-check"))
        .filter((key, value) -> value != null, Named.as(name + "-undecodable"))
        .to(Topics.PROJECTION_DEAD_LETTERS.name(),
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dead-letter-sink"));
  }

  /** Passes undecodable records on with dead-letter headers; decodable ones become null and are dropped. */
  private static final class Annotate implements FixedKeyProcessor<String, byte[], byte[]> {
    private final RecordCodec codec;
    private FixedKeyProcessorContext<String, byte[]> context;

    Annotate(RecordCodec codec) {
      this.codec = codec;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, byte[]> context) {
      this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
      String reason = switch (codec.decode(record.value())) {
        case DecodeResult.Decoded ignored -> null;
        case DecodeResult.UnknownFingerprint unknown -> "unknown schema fingerprint " + unknown.fingerprint();
        case DecodeResult.Malformed malformed -> malformed.reason();
      };
      if (reason == null) {
        context.forward(record.withValue(null));
        return;
      }
      Headers headers = record.headers();
      context.recordMetadata().ifPresent(meta -> {
        headers.add(SOURCE_TOPIC, utf8(meta.topic()));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(meta.partition())));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(meta.offset())));
      });
      headers.add(REASON, utf8(reason));
      context.forward(record);
    }
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}

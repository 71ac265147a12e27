package io.eventdesign.projection.sink;

import io.eventdesign.contract.codec.DecodeResult;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A consumed record with its decoded value and its position on Kafka. */
public record SinkRecord(ConsumerRecord<String, byte[]> record, DecodeResult.Decoded decoded) {

  @SuppressWarnings("unchecked")
  public <T extends SpecificRecord> T value() {
    return (T) decoded.record();
  }
}

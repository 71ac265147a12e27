package io.eventdesign.projection.streams;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.RecordCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for contract records in single-object encoding (state stores and state topics). */
public final class ContractSerde<T extends SpecificRecord> implements Serde<T> {

  private final RecordCodec codec;

  public ContractSerde(RecordCodec codec) {
    this.codec = codec;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, record) -> record == null ? null : codec.encode(record);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      return switch (codec.decode(bytes)) {
        case DecodeResult.Decoded decoded -> (T) decoded.record();
        case DecodeResult.UnknownFingerprint unknown ->
            throw new SerializationException("unknown schema fingerprint on " + topic);
        case DecodeResult.Malformed malformed -> throw new SerializationException(malformed.reason());
      };
    };
  }
}

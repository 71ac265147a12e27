package io.eventdesign.contract.codec;

import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes contract records to Kafka record values and back. The seam where a schema-registry
 * based serde could replace single-object encoding.
 */
public interface RecordCodec {

  byte[] encode(SpecificRecord record);

  DecodeResult decode(byte[] bytes);
}

package io.eventdesign.contract.codec;

import io.eventdesign.contract.ContractType;
import org.apache.avro.specific.SpecificRecord;

/** What decoding one record value produced. Decoding never throws for bad input. */
public sealed interface DecodeResult {

  /** A record of a known type, resolved to the current schema of that type. */
  record Decoded(ContractType type, SpecificRecord record, long writerFingerprint)
      implements DecodeResult {}

  /** Well-formed single-object header, but the writer schema is not known to this reader. */
  record UnknownFingerprint(long fingerprint) implements DecodeResult {}

  /** Not single-object encoded, truncated, or a body that does not match its schema. */
  record Malformed(String reason) implements DecodeResult {}
}

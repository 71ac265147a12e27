package io.eventdesign.projection.deadletter;

import io.eventdesign.contract.codec.DecodeResult;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.codec.RecordCodec;
import io.eventdesign.projection.sink.AvroJson;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/** A parked record's original bytes as an operator inspects them: decoded where possible, else why not. */
final class ParkedBytes {

  static final int HEX_PREVIEW = 256;

  private ParkedBytes() {}

  static Map<String, Object> inspect(byte[] value, RecordCodec codec) {
    Map<String, Object> bytes = new LinkedHashMap<>();
    if (value == null) {
      bytes.put("sizeBytes", 0);
      bytes.put("decoded", null);
      bytes.put("diagnostics", "no value (a tombstone)");
      return bytes;
    }
    bytes.put("sizeBytes", value.length);
    bytes.put("base64", Base64.getEncoder().encodeToString(value));
    bytes.put("hexPreview", HexFormat.ofDelimiter(" ").formatHex(value, 0, Math.min(value.length, HEX_PREVIEW)));
    switch (codec.decode(value)) {
      case DecodeResult.Decoded decoded -> {
        Map<String, Object> as = new LinkedHashMap<>();
        as.put("type", decoded.type().name());
        as.put("writerFingerprint", Fingerprints.toWireHex(decoded.writerFingerprint()));
        as.put("value", AvroJson.toJson((GenericRecord) decoded.record()));
        bytes.put("decoded", as);
        bytes.put("diagnostics", "decodes as " + decoded.type().name() + ": it was parked for another reason (see the reason)");
      }
      case DecodeResult.UnknownFingerprint unknown -> {
        bytes.put("decoded", null);
        bytes.put("diagnostics", "written with schema fingerprint " + Fingerprints.toWireHex(unknown.fingerprint())
            + ", which this release does not know (a newer producer, or not ours)");
      }
      case DecodeResult.Malformed malformed -> {
        bytes.put("decoded", null);
        bytes.put("diagnostics", malformed.reason());
      }
    }
    return bytes;
  }
}

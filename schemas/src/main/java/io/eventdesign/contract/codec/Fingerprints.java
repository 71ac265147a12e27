package io.eventdesign.contract.codec;

import java.util.HexFormat;

/** Formatting of CRC-64-AVRO fingerprints as they appear on the wire (little-endian bytes). */
public final class Fingerprints {

  private Fingerprints() {}

  /** The eight header bytes after {@code C3 01}, as lowercase hex. */
  public static String toWireHex(long fingerprint) {
    byte[] bytes = new byte[8];
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (fingerprint >>> (8 * i));
    }
    return HexFormat.of().formatHex(bytes);
  }

  public static long fromWireHex(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    if (bytes.length != 8) {
      throw new IllegalArgumentException("fingerprint must be 8 bytes: " + hex);
    }
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (bytes[i] & 0xFF);
    }
    return value;
  }
}

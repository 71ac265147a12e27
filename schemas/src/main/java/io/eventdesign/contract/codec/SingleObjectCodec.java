package io.eventdesign.contract.codec;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.manifest.Manifest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro single-object encoding ({@code C3 01}, 8-byte little-endian CRC-64-AVRO fingerprint of
 * the writer schema, binary body) for every type of the contract. Several types can share one
 * topic: the reader picks the type by fingerprint and resolves old released writer schemas to
 * the current reader schema. Thread-safe.
 */
public final class SingleObjectCodec implements RecordCodec {

  public static final int HEADER_LENGTH = 10;
  private static final byte MARKER_1 = (byte) 0xC3;
  private static final byte MARKER_2 = (byte) 0x01;

  private final Map<Long, WriterSchema> writers = new HashMap<>();
  private final Map<Class<?>, Encoding> encodings = new HashMap<>();

  private record WriterSchema(ContractType type, Schema schema) {

    SpecificDatumReader<SpecificRecord> newReader() {
      return new SpecificDatumReader<>(schema, type.schema(), SpecificData.getForClass(type.javaClass()));
    }
  }

  /**
   * Datum readers per writer fingerprint, per thread: a reader resolves the writer schema against the
   * reader schema on its first read (a large part of decoding when done per record), and Avro does
   * not promise that one reader may be shared by threads.
   */
  private final ThreadLocal<Map<Long, SpecificDatumReader<SpecificRecord>>> readers =
      ThreadLocal.withInitial(HashMap::new);

  /** Per type, computed once: the 10-byte header and the datum writer (thread-safe). */
  private record Encoding(byte[] header, SpecificDatumWriter<SpecificRecord> writer) {}

  /** A codec that reads the current schemas and every released schema in the shipped manifest. */
  public SingleObjectCodec() {
    this(ContractCatalog.instance(), Manifest.loadShipped());
  }

  public SingleObjectCodec(ContractCatalog catalog, Manifest manifest) {
    for (ContractType type : catalog.all()) {
      writers.put(type.fingerprint(), new WriterSchema(type, type.schema()));
      encodings.put(type.javaClass(), encoding(type));
    }
    for (Manifest.Entry entry : manifest.entries()) {
      catalog
          .byName(entry.typeName())
          .ifPresent(type -> writers.putIfAbsent(entry.fingerprint(), new WriterSchema(type, entry.schema())));
    }
  }

  private static Encoding encoding(ContractType type) {
    byte[] header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN)
        .put(MARKER_1).put(MARKER_2).putLong(type.fingerprint()).array();
    return new Encoding(header, new SpecificDatumWriter<>(type.schema(), SpecificData.getForClass(type.javaClass())));
  }

  @Override
  public byte[] encode(SpecificRecord record) {
    Encoding encoding = encodings.get(record.getClass());
    if (encoding == null) {
      throw new IllegalArgumentException(record.getClass().getName() + " is not part of the contract");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(encoding.header());
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      encoding.writer().write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public DecodeResult decode(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_LENGTH) {
      return new DecodeResult.Malformed("shorter than the 10-byte single-object header");
    }
    if (bytes[0] != MARKER_1 || bytes[1] != MARKER_2) {
      return new DecodeResult.Malformed("missing the C3 01 single-object marker");
    }
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    WriterSchema writer = writers.get(fingerprint);
    if (writer == null) {
      return new DecodeResult.UnknownFingerprint(fingerprint);
    }
    ContractType type = writer.type();
    SpecificDatumReader<SpecificRecord> reader = readers.get().computeIfAbsent(fingerprint, f -> writer.newReader());
    BinaryDecoder decoder =
        DecoderFactory.get().binaryDecoder(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH, null);
    try {
      SpecificRecord record = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        return new DecodeResult.Malformed("trailing bytes after the " + type.name() + " body");
      }
      return new DecodeResult.Decoded(type, record, fingerprint);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException | ClassCastException e) {
      return new DecodeResult.Malformed("body does not match " + type.name() + ": " + e.getMessage());
    }
  }
}

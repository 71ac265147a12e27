package io.eventdesign.contract.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.TestEvents;
import io.eventdesign.contract.manifest.Manifest;
import io.eventdesign.contract.user.UserDeactivated;
import io.eventdesign.contract.user.UserRegistered;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class SingleObjectCodecTest {

  private final SingleObjectCodec codec = new SingleObjectCodec();

  @Test
  void encodedValueStartsWithMarkerAndWriterFingerprint() {
    byte[] bytes = codec.encode(TestEvents.registered("u-1"));

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(fingerprint).isEqualTo(ContractCatalog.instance().of(UserRegistered.class).fingerprint());
  }

  @Test
  void severalTypesOnOneTopicDecodeToTheirOwnClasses() {
    UserRegistered registered = TestEvents.registered("u-1");
    UserDeactivated deactivated =
        UserDeactivated.newBuilder()
            .setEnvelope(TestEvents.envelope("user.deactivated", "u-1", 2))
            .setReason("left the company")
            .build();

    List<DecodeResult> decoded =
        List.of(codec.decode(codec.encode(registered)), codec.decode(codec.encode(deactivated)));

    assertThat(decoded)
        .extracting(r -> ((DecodeResult.Decoded) r).record())
        .containsExactly(registered, deactivated);
    assertThat(decoded)
        .extracting(r -> ((DecodeResult.Decoded) r).type().name())
        .containsExactly("user.registered", "user.deactivated");
  }

  @Test
  void aTypeDecodesAgainAfterABodyOfItsTypeFailedToDecode() {
    UserRegistered registered = TestEvents.registered("u-1");
    byte[] bytes = codec.encode(registered);

    assertThat(codec.decode(Arrays.copyOf(bytes, bytes.length - 3))).isInstanceOf(DecodeResult.Malformed.class);
    assertThat(((DecodeResult.Decoded) codec.decode(bytes)).record()).isEqualTo(registered);
  }

  @Test
  void threadsDecodingTheSameTypesAtOnceEachGetTheirOwnRecords() throws Exception {
    int threads = 4;
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String id = "u-" + t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < 2_000; i++) {
            UserRegistered registered = TestEvents.registered(id + "-" + i);
            if (!((DecodeResult.Decoded) codec.decode(codec.encode(registered))).record().equals(registered)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (var result : results) {
        assertThat(result.get()).isTrue();
      }
    }
  }

  @Test
  void unknownFingerprintIsReportedNotThrown() {
    byte[] bytes = codec.encode(TestEvents.registered("u-1"));
    bytes[5] ^= 0x7F;

    DecodeResult result = codec.decode(bytes);

    assertThat(result).isInstanceOf(DecodeResult.UnknownFingerprint.class);
  }

  @Test
  void bytesWithoutTheMarkerAreMalformed() {
    assertThat(codec.decode("{\"json\":true}".getBytes())).isInstanceOf(DecodeResult.Malformed.class);
    assertThat(codec.decode(new byte[] {(byte) 0xC3})).isInstanceOf(DecodeResult.Malformed.class);
    assertThat(codec.decode(null)).isInstanceOf(DecodeResult.Malformed.class);
  }

  @Test
  void truncatedBodyIsMalformed() {
    byte[] bytes = codec.encode(TestEvents.registered("u-1"));

    DecodeResult result = codec.decode(Arrays.copyOf(bytes, bytes.length - 5));

    assertThat(result).isInstanceOf(DecodeResult.Malformed.class);
  }

  @Test
  void recordWrittenWithAnOlderReleasedSchemaIsResolvedToTheCurrentOne() throws Exception {
    Schema current = UserRegistered.getClassSchema();
    Schema older = withoutField(current, "company");
    Manifest manifest =
        new Manifest(
            List.of(
                new Manifest.Entry(
                    "user.registered", "EVENT", "user", "", "v0", false,
                    SchemaNormalization.parsingFingerprint64(older), older)));
    SingleObjectCodec codecWithOldVersion = new SingleObjectCodec(ContractCatalog.instance(), manifest);
    GenericRecord asCurrent = decodeGeneric(codec.encode(TestEvents.registered("u-1")), current);
    GenericRecord oldRecord = new GenericData.Record(older);
    older.getFields().forEach(f -> oldRecord.put(f.name(), asCurrent.get(f.name())));

    DecodeResult result = codecWithOldVersion.decode(singleObject(older, oldRecord));

    UserRegistered decoded = (UserRegistered) ((DecodeResult.Decoded) result).record();
    assertThat(decoded.getEmail()).isEqualTo("ada@example.com");
    assertThat(decoded.getCompany()).isNull();
  }

  @Test
  void anEventWrittenBeforeTheEnvelopeCarriedATenantIsReadWithoutOne() throws Exception {
    Schema v1 = io.eventdesign.contract.manifest.ReleasedSchemas.load(java.nio.file.Path.of("src/main/released"))
        .versionsOf("user.registered").getFirst().schema();
    assertThat(v1.getField("envelope").schema().getField("tenantId")).as("v1 predates the envelope's tenant").isNull();
    Manifest manifest = new Manifest(List.of(new Manifest.Entry(
        "user.registered", "EVENT", "user", "", "v1", false, SchemaNormalization.parsingFingerprint64(v1), v1)));
    UserRegistered current = TestEvents.registered("u-1");
    current.getEnvelope().setTenantId("t-1");
    byte[] encoded = codec.encode(current);
    GenericRecord asV1 = new GenericDatumReader<GenericRecord>(UserRegistered.getClassSchema(), v1)
        .read(null, DecoderFactory.get().binaryDecoder(encoded, 10, encoded.length - 10, null));

    DecodeResult result = new SingleObjectCodec(ContractCatalog.instance(), manifest).decode(singleObject(v1, asV1));

    UserRegistered decoded = (UserRegistered) ((DecodeResult.Decoded) result).record();
    assertThat(decoded.getEnvelope().getAggregateId()).isEqualTo("u-1");
    assertThat(decoded.getEnvelope().getTenantId()).isNull();
    assertThat(decoded.getTenantId()).isNull();
  }

  private static GenericRecord decodeGeneric(byte[] singleObject, Schema schema) throws Exception {
    return new GenericDatumReader<GenericRecord>(schema)
        .read(null, DecoderFactory.get().binaryDecoder(singleObject, 10, singleObject.length - 10, null));
  }

  private static Schema withoutField(Schema schema, String dropped) {
    List<Schema.Field> fields =
        schema.getFields().stream()
            .filter(f -> !f.name().equals(dropped))
            .map(f -> new Schema.Field(f, f.schema()))
            .toList();
    return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
  }

  private static byte[] singleObject(Schema schema, GenericRecord record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xC3);
    out.write(0x01);
    out.writeBytes(
        ByteBuffer.allocate(8)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putLong(SchemaNormalization.parsingFingerprint64(schema))
            .array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}

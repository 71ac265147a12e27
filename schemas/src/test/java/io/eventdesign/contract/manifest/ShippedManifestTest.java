package io.eventdesign.contract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.TestEvents;
import io.eventdesign.contract.codec.Fingerprints;
import io.eventdesign.contract.codec.SingleObjectCodec;
import java.util.HexFormat;
import java.util.Arrays;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.api.Test;

class ShippedManifestTest {

  private final Manifest manifest = Manifest.loadShipped();

  @Test
  void listsTheCurrentFingerprintOfEveryContractType() {
    for (ContractType type : ContractCatalog.instance().all()) {
      assertThat(manifest.entries())
          .as(type.name())
          .anySatisfy(
              entry -> {
                assertThat(entry.typeName()).isEqualTo(type.name());
                assertThat(entry.current()).isTrue();
                assertThat(entry.fingerprint()).isEqualTo(type.fingerprint());
              });
    }
  }

  @Test
  void aConsumerWithoutGeneratedClassesDecodesWithTheManifestAlone() throws Exception {
    byte[] value = new SingleObjectCodec().encode(TestEvents.registered("u-42"));
    String headerFingerprint = HexFormat.of().formatHex(Arrays.copyOfRange(value, 2, 10));
    Manifest.Entry entry =
        manifest.entries().stream()
            .filter(e -> Fingerprints.toWireHex(e.fingerprint()).equals(headerFingerprint))
            .findFirst()
            .orElseThrow();

    GenericRecord decoded =
        new GenericDatumReader<GenericRecord>(entry.schema())
            .read(null, DecoderFactory.get().binaryDecoder(value, 10, value.length - 10, null));

    assertThat(entry.typeName()).isEqualTo("user.registered");
    assertThat(decoded.get("email").toString()).isEqualTo("ada@example.com");
    assertThat(((GenericRecord) decoded.get("envelope")).get("aggregateId").toString()).isEqualTo("u-42");
  }
}

package io.eventdesign.contract.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventdesign.contract.codec.Fingerprints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The schema manifest shipped in the schemas jar at {@value #RESOURCE}: for every contract type,
 * every released schema version and the current one, each with its fingerprint. A consumer in any
 * language strips the 10-byte single-object header, looks the fingerprint up here and decodes the
 * body with that schema.
 */
public record Manifest(List<Entry> entries) {

  public static final String RESOURCE = "META-INF/eventdesign/manifest.json";

  /** One schema version of one contract type. */
  public record Entry(
      String typeName,
      String kind,
      String aggregateType,
      String description,
      String version,
      boolean current,
      long fingerprint,
      Schema schema) {

    public String fingerprintHex() {
      return Fingerprints.toWireHex(fingerprint);
    }
  }

  public Manifest {
    entries = List.copyOf(entries);
  }

  /** The manifest in the schemas jar, or an empty one while the jar is being built. */
  public static Manifest loadShipped() {
    try (InputStream in = Manifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return in == null ? new Manifest(List.of()) : parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw JSON of the shipped manifest, for serving over HTTP unchanged. */
  public static byte[] shippedJson() {
    try (InputStream in = Manifest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Manifest parse(byte[] json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Entry> entries = new ArrayList<>();
    for (JsonNode type : root.path("types")) {
      for (JsonNode version : type.path("versions")) {
        entries.add(
            new Entry(
                type.path("name").asText(),
                type.path("kind").asText(),
                type.path("aggregateType").asText(),
                type.path("description").asText(),
                version.path("version").asText(),
                version.path("current").asBoolean(),
                Fingerprints.fromWireHex(version.path("fingerprint").asText()),
                new Schema.Parser().parse(version.path("schema").toString())));
      }
    }
    return new Manifest(entries);
  }
}

package io.eventdesign.contract.manifest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import io.eventdesign.contract.codec.Fingerprints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.SchemaNormalization;

/**
 * Build step: writes the manifest from the current schemas and the released ones.
 *
 * <p>Usage: {@code ManifestWriter <output manifest.json> <released schemas folder>}
 */
public final class ManifestWriter {

  private ManifestWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ManifestWriter <output.json> <released-folder>");
    }
    Path output = Path.of(args[0]);
    ReleasedSchemas released = ReleasedSchemas.load(Path.of(args[1]));
    Files.createDirectories(output.getParent());
    Files.writeString(output, render(ContractCatalog.instance(), released));
  }

  static String render(ContractCatalog catalog, ReleasedSchemas released) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("encoding", "avro-single-object");
    root.put("headerLength", 10);
    root.put("fingerprint", "CRC-64-AVRO of the parsing canonical form, little-endian");
    ArrayNode types = root.putArray("types");
    for (ContractType type : catalog.all()) {
      ObjectNode node = types.addObject();
      node.put("name", type.name());
      node.put("kind", type.kind().name());
      node.put("aggregateType", type.aggregateType());
      node.put("description", type.description());
      node.put("recordName", type.schema().getFullName());
      node.put("currentFingerprint", Fingerprints.toWireHex(type.fingerprint()));
      ArrayNode versions = node.putArray("versions");
      boolean currentReleased = false;
      for (ReleasedSchemas.Version version : released.versionsOf(type.name())) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(version.schema());
        boolean current = fingerprint == type.fingerprint();
        currentReleased |= current;
        addVersion(json, versions, version.name(), current, fingerprint, version.schema().toString());
      }
      if (!currentReleased) {
        addVersion(json, versions, "unreleased", true, type.fingerprint(), type.schema().toString());
      }
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static void addVersion(
      ObjectMapper json, ArrayNode versions, String name, boolean current, long fingerprint, String schema)
      throws IOException {
    ObjectNode node = versions.addObject();
    node.put("version", name);
    node.put("current", current);
    node.put("fingerprint", Fingerprints.toWireHex(fingerprint));
    node.set("schema", json.readTree(schema));
  }
}

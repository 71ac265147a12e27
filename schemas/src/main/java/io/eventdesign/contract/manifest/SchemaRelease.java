package io.eventdesign.contract.manifest;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.SchemaNormalization;

/**
 * Release step: for every contract type whose current schema is not yet released, writes it as the
 * next version ({@code v1}, {@code v2}, ...) into the released folder. Run before tagging a release:
 * {@code ./mvnw -pl schemas compile exec:exec@release-schemas}.
 */
public final class SchemaRelease {

  private SchemaRelease() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaRelease <released-folder>");
    }
    Path folder = Path.of(args[0]);
    ReleasedSchemas released = ReleasedSchemas.load(folder);
    for (ContractType type : ContractCatalog.instance().all()) {
      var versions = released.versionsOf(type.name());
      boolean alreadyReleased =
          versions.stream()
              .anyMatch(v -> SchemaNormalization.parsingFingerprint64(v.schema()) == type.fingerprint());
      if (!alreadyReleased) {
        Path file = folder.resolve(type.name()).resolve("v" + (versions.size() + 1) + ".avsc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, type.schema().toString(true) + "\n");
        System.out.println("released " + type.name() + " as " + file);
      }
    }
  }
}

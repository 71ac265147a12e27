package io.eventdesign.contract.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventdesign.contract.ContractCatalog;
import io.eventdesign.contract.ContractType;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compatibility gate: every current schema must read every released version of its type and be
 * readable by each of them (full transitive compatibility). A failing test here fails the build.
 */
class ReleasedSchemaCompatibilityTest {

  private static final ReleasedSchemas RELEASED = ReleasedSchemas.load(Path.of("src/main/released"));

  @Test
  void everyContractTypeHasAtLeastOneReleasedVersion() {
    List<String> unreleased =
        ContractCatalog.instance().all().stream()
            .map(ContractType::name)
            .filter(name -> RELEASED.versionsOf(name).isEmpty())
            .toList();

    assertThat(unreleased).as("types without a released schema (run the release-schemas step)").isEmpty();
  }

  @Test
  void everyReleasedFolderBelongsToAContractType() {
    assertThat(RELEASED.all().keySet())
        .allSatisfy(name -> assertThat(ContractCatalog.instance().byName(name)).as(name).isPresent());
  }

  @TestFactory
  Stream<DynamicTest> currentSchemaAndEveryReleasedVersionReadEachOther() {
    return ContractCatalog.instance().all().stream()
        .flatMap(type -> RELEASED.versionsOf(type.name()).stream().map(version -> check(type, version)));
  }

  private static DynamicTest check(ContractType type, ReleasedSchemas.Version version) {
    return DynamicTest.dynamicTest(
        type.name() + " current <-> " + version.name(),
        () -> {
          assertCanRead("current reads " + version.name(), type.schema(), version.schema());
          assertCanRead(version.name() + " reads current", version.schema(), type.schema());
        });
  }

  private static void assertCanRead(String what, Schema reader, Schema writer) {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    assertThat(result.getType())
        .as(what + ": " + result.getDescription())
        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
  }
}

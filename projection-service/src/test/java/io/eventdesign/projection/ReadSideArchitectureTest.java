package io.eventdesign.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read side's shape: one slice per read model (and dead letters, rebuilds, replays as slices of their
 * own) over a kernel that knows no slice; no two slices depend on each other both ways.
 */
class ReadSideArchitectureTest {

  private static final String[] KERNEL = {
      "io.eventdesign.projection.readmodel..", "io.eventdesign.projection.sink..",
      "io.eventdesign.projection.streams..", "io.eventdesign.projection.query.."};
  private static final String[] SLICES = {
      "io.eventdesign.projection.user..", "io.eventdesign.projection.request..", "io.eventdesign.projection.answer..",
      "io.eventdesign.projection.payment..", "io.eventdesign.projection.eventlog..", "io.eventdesign.projection.deadletter..",
      "io.eventdesign.projection.rebuild..", "io.eventdesign.projection.replay..", "io.eventdesign.projection.tenant..",
      "io.eventdesign.projection.workspace..", "io.eventdesign.projection.live..", "io.eventdesign.projection.processing..",
      "io.eventdesign.projection.audit..", "io.eventdesign.projection.console..",
      "io.eventdesign.projection.rows.."};

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.eventdesign.projection");

  @Test
  void theSlicesAreFreeOfCycles() {
    slices().matching("io.eventdesign.projection.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theKernelKnowsNoSlice() {
    noClasses().that().resideInAnyPackage(KERNEL).should().dependOnClassesThat().resideInAnyPackage(SLICES)
        .check(CLASSES);
  }

  @Test
  void everyPackageIsTheKernelOrASlice() {
    List<String> known = new ArrayList<>(List.of(KERNEL));
    known.addAll(List.of(SLICES));
    known.add("io.eventdesign.projection");
    classes().should().resideInAnyPackage(known.toArray(String[]::new))
        .because("a new package is either kernel or a slice: add it to this test").check(CLASSES);
  }
}

package io.eventdesign.user;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import io.eventdesign.platform.input.Emails;
import io.eventdesign.platform.input.TextPolicy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java; frameworks live at the edges. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.eventdesign.user", "io.eventdesign.platform");

  @Test
  void theUserDomainDependsOnNothingButJavaTheDeciderContractAndTheVocabulary() {
    classes()
        .that().haveSimpleNameStartingWith("UserCommand")
        .or().haveSimpleNameStartingWith("UserEvent").and().haveSimpleNameNotEndingWith("Mapper")
        .or().haveSimpleName("User")
        .or().haveSimpleName("UserDecider")
        .should().onlyDependOnClassesThat(
            resideInAnyPackage("java..", "io.eventdesign.user", "io.eventdesign.platform.decider",
                "io.eventdesign.contract.vocabulary")
                .or(belongToAnyOf(Emails.class, TextPolicy.class)))
        .check(CLASSES);
  }

  @Test
  void theTenantAndWorkspaceDomainsDependOnNothingButJavaTheDeciderContractAndTheVocabulary() {
    classes()
        .that().haveNameMatching("io\\.eventdesign\\.user\\.(tenant|workspace)\\.(Tenant|Workspace)(Status|Decider|Command|Event)?(\\$.*)?")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.eventdesign.user.tenant",
            "io.eventdesign.user.workspace", "io.eventdesign.platform.decider", "io.eventdesign.contract.vocabulary")
        .check(CLASSES);
  }

  @Test
  void theEmailAndTextRulesArePlainJava() {
    classes().that().belongToAnyOf(Emails.class, TextPolicy.class)
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.eventdesign.platform.input")
        .check(CLASSES);
  }

  @Test
  void theDeciderContractIsPlainJava() {
    classes().that().resideInAPackage("io.eventdesign.platform.decider")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.eventdesign.platform.decider")
        .check(CLASSES);
  }

  @Test
  void theCommandProcessorDoesNotDependOnSpring() {
    noClasses().that().resideInAPackage("io.eventdesign.platform.processor")
        .and().doNotHaveSimpleName("AggregateReader")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
        .check(CLASSES);
  }

  @Test
  void noProductionCodeDependsOnTheEmbeddedInfrastructure() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.eventdesign.infra..", "io.zonky..")
        .check(CLASSES);
  }
}

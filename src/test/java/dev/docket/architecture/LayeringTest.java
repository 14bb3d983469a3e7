package dev.docket.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package rules the design depends on, checked on the compiled classes. */
class LayeringTest {
  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.docket");
  }

  @Test
  void convertersArePlainJavaWithoutVertx() {
    noClasses().that().resideInAPackage("dev.docket.convert..")
        .should().dependOnClassesThat().resideInAPackage("io.vertx..")
        .because("converters run and are tested and benchmarked without Vert.x")
        .check(classes);
  }

  @Test
  void convertersDoNotReachIntoTheServer() {
    noClasses().that().resideInAPackage("dev.docket.convert..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.docket.http..", "dev.docket.queue..",
            "dev.docket.worker..", "dev.docket.events..", "dev.docket.storage..")
        .check(classes);
  }

  @Test
  void onlyTheQueuePackageTalksToRedisScripts() {
    noClasses().that().resideOutsideOfPackages("dev.docket.queue..")
        .should().dependOnClassesThat().haveSimpleName("ScriptRunner")
        .check(classes);
  }

  @Test
  void theHttpLayerDoesNotRunConversions() {
    noClasses().that().resideInAPackage("dev.docket.http..")
        .should().dependOnClassesThat().resideInAPackage("dev.docket.worker..")
        .check(classes);
  }
}

package io.kilowatch.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** The dependency rules inside core, and its promise to take time and threads as parameters. */
@AnalyzeClasses(
    packages = "io.kilowatch.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule energyImportsNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("..core.energy..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..core.freshness..", "..core.view..", "..core.port..", "..core.dashboard..");

  @ArchTest
  static final ArchRule freshnessImportsNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage("..core.freshness..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..core.energy..", "..core.view..", "..core.port..", "..core.dashboard..");

  @ArchTest
  static final ArchRule portsNeverSeeTheEngineOrTheDashboard =
      noClasses()
          .that()
          .resideInAPackage("..core.port..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..core.view..", "..core.dashboard..");

  @ArchTest
  static final ArchRule theEngineNeverSeesPortsOrTheDashboard =
      noClasses()
          .that()
          .resideInAPackage("..core.view..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..core.port..", "..core.dashboard..", "..core.energy..");

  @ArchTest
  static final ArchRule nothingReadsTheSystemClock =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .because("core takes time from an InstantSource handed in");

  @ArchTest
  static final ArchRule nothingStartsThreads =
      noClasses()
          .should()
          .callConstructor(Thread.class, Runnable.class)
          .orShould()
          .callConstructor(Thread.class, Runnable.class, String.class)
          .orShould()
          .callMethod(Thread.class, "start")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.concurrent.Executors")
          .because("core runs work on executors handed in");

  @ArchTest
  static final ArchRule noFrameworkAnnotations =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..", "javax.inject..", "io.micronaut..", "org.springframework..");
}

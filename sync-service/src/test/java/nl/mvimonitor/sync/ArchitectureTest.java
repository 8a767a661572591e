package nl.mvimonitor.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Module boundaries of the sync service (main code only). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.mvimonitor.sync");

    @Test
    void quartzIsUsedOnlyInSchedule() {
        noClasses().that().resideOutsideOfPackages("nl.mvimonitor.sync.schedule..", "nl.mvimonitor.sync")
                .should().dependOnClassesThat().resideInAnyPackage("org.quartz..",
                        "org.springframework.scheduling.quartz..", "org.springframework.boot.quartz..")
                .check(CLASSES);
    }

    @Test
    void poiIsUsedOnlyWhereWorkbooksAreWrittenOrMeasured() {
        // and in tempfolder, the one place that points POI's process-wide temporary files at the service's folder
        noClasses().that().resideOutsideOfPackages("nl.mvimonitor.sync.consolidation..",
                        "nl.mvimonitor.sync.summary..", "nl.mvimonitor.sync.demo..", "nl.mvimonitor.sync.benchmark..",
                        "nl.mvimonitor.sync.tempfolder..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("nl.mvimonitor.sync.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theStoreKnowsNothingOfTheModulesThatUseIt() {
        noClasses().that().resideInAPackage("nl.mvimonitor.sync.store..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.mvimonitor.sync.intake..",
                        "nl.mvimonitor.sync.run..", "nl.mvimonitor.sync.publish..", "nl.mvimonitor.sync.schedule..")
                .check(CLASSES);
    }

    @Test
    void failureTextsDependOnNoModuleSoEveryModuleCanUseThem() {
        noClasses().that().resideInAPackage("nl.mvimonitor.sync.failure..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.mvimonitor.sync..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(
                                "nl.mvimonitor.sync.failure.."))))
                .check(CLASSES);
    }
}

package dev.ergo.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules over every module's production classes. */
class WholeToolkitArchitectureTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ergo");

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("dev.ergo.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void fileFormatsStayInTheirModules() {
        noClasses().that().resideOutsideOfPackages("dev.ergo.xlsx..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("dev.ergo.report..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
                .check(CLASSES);
    }

    @Test
    void libraryModulesDoNotDependOnTheCli() {
        noClasses().that().resideInAnyPackage("dev.ergo.model..", "dev.ergo.engine..", "dev.ergo.xlsx..", "dev.ergo.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.cli..")
                .check(CLASSES);
    }

    @Test
    void noLegacyDates() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(CLASSES);
    }
}

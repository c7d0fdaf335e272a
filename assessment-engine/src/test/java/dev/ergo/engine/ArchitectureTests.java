package dev.ergo.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Model and engine stay free of file formats, consoles and legacy dates. */
class ArchitectureTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ergo.model", "dev.ergo.engine");

    @Test
    void noPoiOrOpenPdfInModelOrEngine() {
        noClasses().that().resideInAnyPackage("dev.ergo.model..", "dev.ergo.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.lowagie..", "org.openpdf..")
                .check(CLASSES);
    }

    @Test
    void jacksonStaysInTheSerializer() {
        noClasses().that().resideOutsideOfPackage("dev.ergo.engine.internal.json")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void modelDoesNotDependOnEngine() {
        noClasses().that().resideInAPackage("dev.ergo.model..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.engine..")
                .check(CLASSES);
    }

    @Test
    void noConsoleOutputAndNoLegacyDates() {
        noClasses().that().resideInAnyPackage("dev.ergo.model..", "dev.ergo.engine..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .check(CLASSES);
    }

    /** Record fields are final anyway; what can break immutability is a mutable component type. */
    @Test
    void modelRecordsHaveNoArrayOrMutableCollectionComponents() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areDeclaredInClassesThat().resideInAPackage("dev.ergo.model..")
                .and().areDeclaredInClassesThat().areRecords()
                .and().areNotStatic()
                .should().haveRawType(com.tngtech.archunit.base.DescribedPredicate.describe("an array or a mutable collection",
                        (com.tngtech.archunit.core.domain.JavaClass t) -> t.isArray()
                                || t.isAssignableTo(java.util.ArrayList.class) || t.isAssignableTo(java.util.HashMap.class)
                                || t.isAssignableTo(java.util.HashSet.class) || t.isAssignableTo(java.util.Date.class)))
                .check(CLASSES);
    }
}

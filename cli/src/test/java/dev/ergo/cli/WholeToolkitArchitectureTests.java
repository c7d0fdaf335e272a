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

    /** Import yields data, the engine yields scores, the report yields words and pictures. */
    @Test
    void modulesDependOnlyDownwards() {
        noClasses().that().resideInAPackage("dev.ergo.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ergo.engine..", "dev.ergo.xlsx..", "dev.ergo.report..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.ergo.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ergo.engine..", "dev.ergo.report..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.ergo.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ergo.xlsx..", "dev.ergo.report..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.ergo.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.xlsx..")
                .check(CLASSES);
    }

    /** The CLI and hosts use the exported API only; internals are reached from their own module. */
    @Test
    void internalsStayInTheirModule() {
        noClasses().that().resideOutsideOfPackages("dev.ergo.model..", "dev.ergo.xlsx..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.model.internal")
                .check(CLASSES);
        // the one atomic file writer serves the template writer and the command line, no host
        noClasses().that().resideOutsideOfPackages("dev.ergo.model..", "dev.ergo.xlsx..", "dev.ergo.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.model.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("dev.ergo.engine..", "dev.ergo.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.engine.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("dev.ergo.report..")
                .should().dependOnClassesThat().resideInAPackage("dev.ergo.report.internal..")
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("dev.ergo.(*)..")
                .should().beFreeOfCycles()
                .check(CLASSES);
    }

    /** A STABLE signature may only promise what is itself STABLE (or plain Java); deprecated members are on their way out. */
    @Test
    void stableSignaturesUseOnlyStableTypes() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits()
                .that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(org.apiguardian.api.API.class)
                .and().areNotAnnotatedWith(Deprecated.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaCodeUnit>(
                        "use only STABLE ergo types in their signature") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaCodeUnit m,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!isStable(m.getOwner()) || m.getOwner().isAnnotatedWith(Deprecated.class)) {
                            return;
                        }
                        if (m.isAnnotatedWith(org.apiguardian.api.API.class) && m.getAnnotationOfType(
                                org.apiguardian.api.API.class).status() != org.apiguardian.api.API.Status.STABLE) {
                            return; // an EXPERIMENTAL method of a stable class may use experimental types
                        }
                        java.util.List<com.tngtech.archunit.core.domain.JavaClass> types = new java.util.ArrayList<>(
                                m.getRawParameterTypes());
                        types.add(m.getRawReturnType());
                        for (com.tngtech.archunit.core.domain.JavaClass t : types) {
                            com.tngtech.archunit.core.domain.JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                            if (base.getPackageName().startsWith("dev.ergo.") && !isStable(base)) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m,
                                        m.getFullName() + " uses " + base.getName() + ", which is not STABLE"));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    /** Results that can grow: a STABLE result record of eight or more values is built by the engine only. */
    @Test
    void largeStableResultRecordsHaveNoStableCanonicalConstructor() throws Exception {
        java.util.List<String> stableConstructors = new java.util.ArrayList<>();
        int checked = 0;
        for (com.tngtech.archunit.core.domain.JavaClass c : CLASSES) {
            if (!c.getPackageName().startsWith("dev.ergo.engine") || !isStable(c)) {
                continue;
            }
            Class<?> type = Class.forName(c.getName());
            if (!type.isRecord() || type.getRecordComponents().length < 8) {
                continue;
            }
            checked++;
            Class<?>[] canonical = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
            org.apiguardian.api.API api = type.getDeclaredConstructor(canonical).getAnnotation(org.apiguardian.api.API.class);
            if (api == null || api.status() == org.apiguardian.api.API.Status.STABLE) {
                stableConstructors.add(type.getSimpleName());
            }
        }
        org.assertj.core.api.Assertions.assertThat(checked).isGreaterThanOrEqualTo(12);
        org.assertj.core.api.Assertions.assertThat(stableConstructors).isEmpty();
    }

    private static boolean isStable(com.tngtech.archunit.core.domain.JavaClass c) {
        com.tngtech.archunit.core.domain.JavaClass top = c;
        while (top.getEnclosingClass().isPresent() && !top.isAnnotatedWith(org.apiguardian.api.API.class)) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(org.apiguardian.api.API.class)
                && top.getAnnotationOfType(org.apiguardian.api.API.class).status() == org.apiguardian.api.API.Status.STABLE;
    }

    @Test
    void noLegacyDates() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date").check(CLASSES);
    }
}

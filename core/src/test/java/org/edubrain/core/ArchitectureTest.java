package org.edubrain.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** core is pure Java (DESIGN.md, layout rule 1) and its packages form no cycle. */
class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.edubrain.core");
    }

    @Test
    void importFoundTheMainClasses() {
        // guards against a rule passing vacuously over an empty import
        assertThat(core.containPackage("org.edubrain.core.registry")).isTrue();
        assertThat(core.containPackage("org.edubrain.core.democity")).isTrue();
        assertThat(core.containPackage("org.edubrain.core.shared")).isTrue();
        assertThat(core.contain("org.edubrain.core.registry.IdNumber")).isTrue();
    }

    @Test
    void coreDependsOnNoFrameworkDatabaseOrSpark() {
        noClasses().that().resideInAPackage("org.edubrain.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "org.apache.spark..")
                .check(core);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.edubrain.core.(*)..").should().beFreeOfCycles().check(core);
    }
}

package org.sharewell;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules Spring Modulith does not check by itself (module internals are checked by {@link ModularityTests}). */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sharewell", "sharewell.db");

    /** Generated jOOQ classes for schema X (package sharewell.db.X) are used only by module org.sharewell.X. */
    @ParameterizedTest
    @ValueSource(strings = {"tenancy", "accounts"})
    void generatedTablesAreUsedOnlyByTheModuleThatOwnsThem(String schema) {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("org.sharewell." + schema + "..", "sharewell.db..")
                .should().dependOnClassesThat().resideInAPackage("sharewell.db." + schema + "..")
                .because("a module's tables are its own; other modules go through its API");
        rule.check(CLASSES);
    }

    @Test
    void everyGeneratedSchemaHasAnOwningModule() {
        ArchRule rule = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("sharewell.db.*..")
                .should().resideInAnyPackage("sharewell.db.tenancy..", "sharewell.db.accounts..")
                .because("each new schema needs an owner listed in generatedTablesAreUsedOnlyByTheModuleThatOwnsThem");
        rule.allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void theUiNeverTouchesTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.sharewell.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "sharewell.db..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void thePlatformDependsOnNeitherTheUiNorTheGateway() {
        noClasses().that().resideInAPackage("org.sharewell..").and().resideOutsideOfPackage("org.sharewell.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sharewell.admin..", "org.sharewell.gateway..", "com.vaadin..")
                .check(CLASSES);
    }
}

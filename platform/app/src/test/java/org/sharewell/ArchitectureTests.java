package org.sharewell;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.vaadin.flow.component.grid.Grid;
import org.sharewell.admin.shared.Columns;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules Spring Modulith does not check by itself (module internals are checked by {@link ModularityTests}). */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sharewell", "sharewell.db");

    /**
     * Generated jOOQ classes for schema X (package sharewell.db.X) are used only by the module of the
     * same name, org.sharewell.X: a module's tables are its own, other modules go through its API.
     */
    @Test
    void generatedTablesAreUsedOnlyByTheModuleThatOwnsThem() {
        classes().that().resideInAPackage("org.sharewell..")
                .should(new ArchCondition<JavaClass>("use only the generated tables of their own module") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String module = moduleOf(item.getPackageName(), "org.sharewell.");
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String schema = moduleOf(dependency.getTargetClass().getPackageName(), "sharewell.db.");
                            if (schema != null && !schema.equals(module)) {
                                events.add(SimpleConditionEvent.violated(item, dependency.getDescription()
                                        + ": the " + schema + " tables belong to module " + schema));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }

    /** The first package segment below the prefix, or null when the package is not below it. */
    private static String moduleOf(String packageName, String prefix) {
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void theUiNeverTouchesTheDatabaseDirectly() {
        noClasses().that().resideInAPackage("org.sharewell.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "sharewell.db..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    /** A grid's text columns become cards on a phone only when added through {@code Columns}. */
    @Test
    void everyGridsTextColumnsAreAddedThroughColumnsSoTheyFoldIntoCardsOnAPhone() {
        noClasses().that().resideInAPackage("org.sharewell.admin..").and().doNotHaveFullyQualifiedName(Columns.class.getName())
                .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("addColumn"))
                        .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(Grid.class)))))
                .because("on a phone a grid's columns leave each a few characters; Columns folds them into one card per row")
                .check(CLASSES);
    }

    @Test
    void thePlatformDependsOnNeitherTheUiNorTheGateway() {
        noClasses().that().resideInAPackage("org.sharewell..").and().resideOutsideOfPackage("org.sharewell.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sharewell.admin..", "org.sharewell.gateway..", "com.vaadin..")
                .check(CLASSES);
    }
}

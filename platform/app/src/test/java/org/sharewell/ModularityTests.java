package org.sharewell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules of the assembled platform (core's and the tenant-admin UI) keep to their boundaries,
 * and their documentation (canvases and diagrams) is written to docs/modules.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Sharewell.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theUiIsAModuleToo() {
        assertThat(MODULES.getModuleByName("admin")).isPresent();
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("accounts", "tenancy", "database", "web", "demo", "admin");
    }

    @Test
    void writesDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../../docs/modules"))
                .writeDocumentation();
    }
}

package org.sharewell;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * Writes the canvases and diagrams to target first, and copies a file to docs/modules only when
     * its content changed: the Documenter lists relations and events in no fixed order, and copying
     * every run would leave a changed working tree after each build with nothing really different.
     */
    @Test
    void writesDocumentation() throws IOException {
        Path written = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString())).writeDocumentation();
        Path docs = Path.of("..", "..", "docs", "modules");
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(written)) {
            for (Path file : files.toList()) {
                Path committed = docs.resolve(file.getFileName());
                if (!Files.exists(committed) || !sameLines(file, committed)) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }

    /** The same lines in any order; a table cell's "|" may open any of them, as the order changes. */
    private static boolean sameLines(Path one, Path other) throws IOException {
        return linesOf(one).equals(linesOf(other));
    }

    private static List<String> linesOf(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.startsWith("|") ? line.substring(1) : line).sorted().toList();
    }
}

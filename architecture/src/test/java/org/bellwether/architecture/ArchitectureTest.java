package org.bellwether.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN's architecture, held on every module's main classes: dependencies point inward (nothing depends on the
 * command line, the server, Spark or the benchmarks; alerts and Spark do not reach the note and the checker), and
 * core is the data model and the kernels only, without I/O or a framework; every package says what it holds.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bellwether");
    }

    @Test
    void every_module_is_read() {
        for (String module : new String[] {"core", "store", "ingest", "facts", "sim", "report", "alerts", "server",
            "fetch", "cli", "spark", "bench"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName()
                    .startsWith("org.bellwether." + module))).as(module).isTrue();
        }
    }

    @Test
    void dependencies_point_inward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("org.bellwether.core..")
                .layer("store").definedBy("org.bellwether.store..")
                .layer("ingest").definedBy("org.bellwether.ingest..")
                .layer("facts").definedBy("org.bellwether.facts..")
                .layer("sim").definedBy("org.bellwether.sim..")
                .layer("report").definedBy("org.bellwether.report..")
                .layer("alerts").definedBy("org.bellwether.alerts..")
                .layer("server").definedBy("org.bellwether.server..")
                .layer("fetch").definedBy("org.bellwether.fetch..")
                .layer("cli").definedBy("org.bellwether.cli..")
                .layer("spark").definedBy("org.bellwether.spark..")
                .layer("bench").definedBy("org.bellwether.bench..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("spark").mayNotBeAccessedByAnyLayer()
                .whereLayer("bench").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("fetch").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("alerts").mayOnlyBeAccessedByLayers("server", "cli", "bench")
                .whereLayer("report").mayOnlyBeAccessedByLayers("server", "cli", "bench")
                .whereLayer("sim").mayOnlyBeAccessedByLayers("cli", "bench")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("sim", "fetch", "cli", "bench")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("report", "alerts", "server", "cli", "spark", "bench")
                .whereLayer("store").mayOnlyBeAccessedByLayers("ingest", "facts", "sim", "alerts", "server", "fetch",
                        "cli", "spark", "bench")
                .check(classes);
    }

    @Test
    void every_package_says_what_it_holds() throws IOException {
        List<Path> missing = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path sources : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> dirs = Files.walk(sources)) {
                    dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsCode)
                            .filter(dir -> !Files.exists(dir.resolve("package-info.java"))).forEach(missing::add);
                }
            }
        }
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }

    private static boolean holdsCode(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void core_does_no_io_and_uses_no_framework() {
        noClasses().that().resideInAPackage("org.bellwether.core..").should().dependOnClassesThat()
                .resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "javax..")
                .orShould().dependOnClassesThat().resideOutsideOfPackages("java..", "org.bellwether.core..")
                .because("core is the data model and the kernels: no I/O, no dependency beyond the JDK (DESIGN)")
                .check(classes);
    }
}

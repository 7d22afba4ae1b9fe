package org.jaywalk.distribution;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin boundary, enforced: plugins (built-in and the examples) use only the SPI of the framework; their
 * tests use the SPI and the test kit; the SPI uses no other framework package; framework packages form no
 * cycle; the framework names no plugin.
 */
class ArchitectureTest {

    private static final String FRAMEWORK = "org.jaywalk.framework..";
    private static final String SPI = "org.jaywalk.framework.spi..";
    static final String TESTKIT = "org.jaywalk.framework.testkit..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.jaywalk.framework", "org.jaywalk.plugins");

    @TempDir
    Path dir;

    /** Framework classes a plugin may not use: everything outside the SPI (and {@code alsoAllowed}). */
    static ArchRule onlySpi(String plugins, String... alsoAllowed) {
        String[] allowed = Stream.concat(Stream.of(SPI), Stream.of(alsoAllowed)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(plugins)
                .should().dependOnClassesThat(resideInAPackage(FRAMEWORK).and(not(resideInAnyPackage(allowed))))
                .because("a plugin compiles against the SPI (org.jaywalk.framework.spi) only; everything else in "
                        + "the framework is internal and may change");
    }

    @Test
    void builtInPluginsUseOnlyTheSpi() {
        onlySpi("org.jaywalk.plugins..").check(MAIN);
    }

    @Test
    void pluginTestsUseOnlyTheSpiAndTheTestKit() throws IOException {
        List<Path> testClasses;
        try (Stream<Path> modules = Files.list(ExamplePluginJar.projectRoot().resolve("plugins"))) {
            testClasses = modules.map(m -> m.resolve("target/test-classes")).filter(Files::isDirectory).toList();
        }
        assertFalse(testClasses.isEmpty(), "no compiled plugin tests under plugins/*/target/test-classes");
        JavaClasses tests = new ClassFileImporter().importPaths(testClasses);
        onlySpi("org.jaywalk.plugins..", TESTKIT).check(tests);
    }

    @Test
    void examplePluginsUseOnlyTheSpi() throws IOException {
        for (String example : ExamplePluginJar.examples()) {
            Path jar = ExamplePluginJar.build(ExamplePluginJar.project(example), dir.resolve(example + ".jar"));
            try (JarFile file = new JarFile(jar.toFile())) {
                JavaClasses classes = new ClassFileImporter().importJar(file);
                assertFalse(classes.isEmpty(), example + " has no classes");
                onlySpi("org.jaywalk.examples..").check(classes);
            }
        }
    }

    @Test
    void spiDependsOnNoOtherFrameworkPackage() {
        noClasses().that().resideInAPackage(SPI)
                .should().dependOnClassesThat(resideInAPackage(FRAMEWORK).and(not(resideInAPackage(SPI))))
                .because("the SPI is the whole plugin API and must stand alone")
                .check(MAIN);
    }

    @Test
    void frameworkPackagesFormNoCycle() {
        slices().matching("org.jaywalk.framework.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void spiPackagesFormNoCycle() {
        slices().matching("org.jaywalk.framework.spi.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void frameworkNamesNoPlugin() {
        noClasses().that().resideInAPackage(FRAMEWORK).should().dependOnClassesThat()
                .resideInAPackage("org.jaywalk.plugins..")
                .because("the framework knows roles, plugins know research").check(MAIN);
    }
}

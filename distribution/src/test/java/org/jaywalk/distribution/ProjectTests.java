package org.jaywalk.distribution;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a plugin project's compiled tests with the JUnit Platform, as {@code mvn test} would: its jar and test classes
 * in a class loader of their own over the test class path (framework, test kit, JUnit).
 */
final class ProjectTests {

    private ProjectTests() {
    }

    /** What ran: counts, and the failures with their stack traces for an assertion message. */
    record Outcome(long succeeded, long failed, String failures) {
    }

    /** Runs every {@code *Test} class under {@code testClasses}. */
    static Outcome run(Path jar, Path testClasses) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), testClasses.toUri().toURL()},
                ProjectTests.class.getClassLoader())) {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(testClassNames(testClasses).stream().map(name -> selectClass(load(loader, name))).toList())
                    .build();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(request, listener);
            TestExecutionSummary summary = listener.getSummary();
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new PrintWriter(failures), 30);
            return new Outcome(summary.getTestsSucceededCount(), summary.getTotalFailureCount(), failures.toString());
        }
    }

    private static List<String> testClassNames(Path testClasses) throws IOException {
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(f -> testClasses.relativize(f).toString()).filter(f -> f.endsWith("Test.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().toList();
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled test class " + name + " is missing", e);
        }
    }
}

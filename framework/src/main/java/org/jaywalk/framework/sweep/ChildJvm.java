package org.jaywalk.framework.sweep;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start another {@code jaywalk} process like this one: the same {@code java}, class path and memory and
 * {@code -D} settings (e.g. {@code -Djaywalk.home}, {@code -Xmx}).
 *
 * @param java the java executable
 * @param classPath the class path
 * @param options JVM options passed on
 */
public record ChildJvm(String java, String classPath, List<String> options) {

    /** The main class of the command line. */
    public static final String MAIN = "org.jaywalk.framework.cli.JaywalkCli";

    public ChildJvm {
        options = List.copyOf(options);
    }

    /** Like the running JVM. */
    public static ChildJvm current() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(ChildJvm::passedOn).toList();
        return new ChildJvm(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), options);
    }

    /** {@code java <options> <extra> -cp <class path> JaywalkCli <arguments>}. */
    public List<String> command(List<String> extraOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(extraOptions);
        command.addAll(List.of("-cp", classPath, MAIN));
        command.addAll(arguments);
        return command;
    }

    private static boolean passedOn(String option) {
        boolean property = option.startsWith("-D") && !option.startsWith("-D" + ParentWatch.PROPERTY + "=");
        boolean memory = option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss");
        return property || memory;
    }
}

package org.jaywalk.framework.cli;

import java.util.Arrays;
import java.util.Optional;
import org.jaywalk.framework.plugin.PluginDiscovery;

/**
 * Words a JVM {@link Error} (stack overflow, out of memory, a class that failed to initialize, ...) for one line:
 * what happened, where (the first frame outside the JDK, with the plugin jar its class came from) and what to try.
 */
final class JvmErrors {

    private static final String[] JDK_PACKAGES = {"java.", "javax.", "jdk.", "sun.", "com.sun."};

    private JvmErrors() {
    }

    static String describe(Error e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow" + where(e) + ": an input is nested too deeply or refers to itself";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (" + e.getMessage() + ")" + where(e) + ": give Java more memory (e.g."
                    + " JAYWALK_JAVA_OPTS=-Xmx16g) or use smaller inputs (batch size, frame size, crop)";
        }
        if (e instanceof ExceptionInInitializerError && e.getCause() != null) {
            Throwable cause = e.getCause();
            String initializing = initializer(cause).map(f -> "class " + f.getClassName() + origin(f))
                    .orElse("a class");
            return initializing + " failed to initialize: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse(""));
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + message + where(e);
    }

    /** " in Class.method (plugin jar X)" for the first frame outside the JDK, or "". */
    private static String where(Throwable e) {
        return Arrays.stream(e.getStackTrace()).filter(f -> !inJdk(f.getClassName())).findFirst()
                .map(f -> " in " + f.getClassName() + "." + f.getMethodName() + origin(f)).orElse("");
    }

    /** The frame of the static initializer that failed. */
    private static Optional<StackTraceElement> initializer(Throwable cause) {
        return Arrays.stream(cause.getStackTrace()).filter(f -> f.getMethodName().equals("<clinit>")).findFirst();
    }

    /** " (plugin jar X)" when the frame's class came from a plugin jar, else "". */
    private static String origin(StackTraceElement frame) {
        String loader = frame.getClassLoaderName();
        return loader != null && loader.startsWith(PluginDiscovery.JAR_LOADER_PREFIX)
                ? " (" + loader + ")" : "";
    }

    private static boolean inJdk(String className) {
        return Arrays.stream(JDK_PACKAGES).anyMatch(className::startsWith);
    }
}

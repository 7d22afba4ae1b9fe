package org.jaywalk.framework.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jaywalk.framework.plugin.PluginError;
import org.jaywalk.framework.spi.config.ConfigError;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and an exit code: {@link ExitCodes#USAGE} for a bad command
 * line, configuration or plugin set, {@link ExitCodes#FAILURE} for failures while running, JVM errors
 * ({@code StackOverflowError}, {@code OutOfMemoryError}, ...) included. Stack traces only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + e.getMessage());
        err.println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        return report(e, command.getErr(), verbose(parsed));
    }

    /** Prints {@code failure} as one line (and its stack trace when {@code verbose}); returns its exit code. */
    static int report(Throwable failure, PrintWriter err, boolean verbose) {
        err.println("error: " + describe(failure));
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return exitCode(failure);
    }

    static int exitCode(Throwable e) {
        return e instanceof ConfigError || e instanceof PluginError ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }

    /**
     * The first line of the message (with an I/O failure's cause), or the exception's name; a JVM error as
     * {@link JvmErrors} words it.
     */
    static String describe(Throwable e) {
        if (e instanceof Error error) {
            return JvmErrors.describe(error) + " (--verbose shows the details)";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            message = message + ": " + e.getCause().getMessage();
        }
        String first = message.lines().findFirst().orElse(message);
        return first.equals(message.strip()) ? first : first + " ... (--verbose shows the details)";
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(CommonOptions.VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}

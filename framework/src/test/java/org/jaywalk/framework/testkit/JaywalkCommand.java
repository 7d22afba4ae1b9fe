package org.jaywalk.framework.testkit;

import java.io.PrintWriter;
import org.jaywalk.framework.cli.JaywalkCli;

/** Runs the {@code jaywalk} command line in-process with the plugins on the test class path. */
public final class JaywalkCommand {

    private JaywalkCommand() {
    }

    /** Runs {@code jaywalk args...}, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return JaywalkCli.run(args, out, err);
    }
}

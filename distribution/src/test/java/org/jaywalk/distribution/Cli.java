package org.jaywalk.distribution;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jaywalk.framework.cli.JaywalkCli;

/** Runs the real CLI (all built-in plugins on the class path) in-process and captures its output. */
final class Cli {

    record Outcome(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JaywalkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}

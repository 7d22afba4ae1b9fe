package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command accepts: extra plugin folders and verbose errors. */
public final class CommonOptions {

    /** The option naming extra plugin folders. */
    public static final String PLUGINS = "--plugins";
    /** The option asking for stack traces. */
    public static final String VERBOSE = "--verbose";

    @Option(names = PLUGINS, paramLabel = "DIR", arity = "1",
            description = "An extra folder of plugin jars (repeatable), besides the installation's plugins/ folder.")
    List<Path> pluginFolders = new ArrayList<>();

    @Option(names = {"-v", VERBOSE}, description = "Print stack traces with errors.")
    boolean verbose;

    /** Whether a raw command line asks for stack traces (for failures outside picocli's handling). */
    static boolean verboseIn(String[] args) {
        return List.of(args).contains(VERBOSE) || List.of(args).contains("-v");
    }

    /**
     * The {@value #PLUGINS} folders of a raw command line, read before parsing so that plugins can
     * contribute subcommands.
     */
    static List<Path> pluginFoldersIn(String[] args) {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith(PLUGINS + "=")) {
                folders.add(Path.of(args[i].substring(PLUGINS.length() + 1)));
            } else if (args[i].equals(PLUGINS) && i + 1 < args.length) {
                folders.add(Path.of(args[++i]));
            }
        }
        return folders;
    }
}

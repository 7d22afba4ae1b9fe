package org.jaywalk.framework.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jaywalk} arguments that run one point: {@code sweep run-point <sweep dir> <point> [key=value...]
 * [--plugins DIR...]}.
 */
final class PointCommand {

    /** The hidden subcommand of {@code sweep} that runs one point. */
    static final String RUN_POINT = "run-point";

    private PointCommand() {
    }

    /**
     * @param pluginFolders the {@code --plugins} folders of the sweep command, passed on
     * @param overrides extra overrides for this run (e.g. thread counts)
     */
    static List<String> arguments(SweepLayout layout, String point, List<String> overrides, List<Path> pluginFolders) {
        List<String> args = new ArrayList<>(List.of("sweep", RUN_POINT, layout.dir().toString(), point));
        args.addAll(overrides);
        pluginFolders.forEach(f -> args.addAll(List.of("--plugins", f.toAbsolutePath().normalize().toString())));
        return args;
    }
}

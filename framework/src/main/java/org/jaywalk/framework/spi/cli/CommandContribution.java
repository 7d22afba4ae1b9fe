package org.jaywalk.framework.spi.cli;

import org.jaywalk.framework.spi.PluginModule;

/**
 * A subcommand a plugin adds to the {@code jaywalk} command line, so that research-specific commands (e.g.
 * evaluation on a benchmark) live in the plugin that knows them. Bind it from a {@link PluginModule} with
 * {@link PluginModule#contributeCommand}; the root command adds every contribution it finds.
 */
public interface CommandContribution {

    /**
     * The subcommand: an object whose class is annotated with picocli's {@code @Command} (its {@code name}
     * is the subcommand's name), or a ready {@code picocli.CommandLine}.
     *
     * @param context framework services the command may use (experiments, components by name)
     */
    Object command(CommandContext context);

    /**
     * The framework command this one belongs under (e.g. {@code bench} for {@code jaywalk bench data}), or null
     * for a top-level command.
     */
    default String parent() {
        return null;
    }
}

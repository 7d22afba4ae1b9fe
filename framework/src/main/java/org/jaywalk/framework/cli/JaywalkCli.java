package org.jaywalk.framework.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jaywalk.framework.spi.cli.CommandContribution;
import org.jaywalk.framework.sweep.ParentWatch;
import org.jaywalk.framework.train.FrameworkVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code jaywalk} command line: {@code train}, {@code worker}, {@code eval}, {@code config}, {@code plugins}, {@code inspect},
 * {@code bench train}, {@code sweep} (and {@code sweep report}), plus the subcommands plugins contribute.
 */
@Command(name = "jaywalk", mixinStandardHelpOptions = true, versionProvider = JaywalkCli.Version.class,
        description = "Learn space-time correspondence with plugin-defined components.")
public final class JaywalkCli implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ParentWatch.startIfRequested();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            PluginEnvironment plugins = new PluginEnvironment(CommonOptions.pluginFoldersIn(args));
            CommandLine cli = commandLine(plugins);
            addContributedCommands(cli, plugins, err);
            // after every subcommand is added: picocli passes these settings on to the subcommands it has
            ErrorReporter errors = new ErrorReporter();
            cli.setOut(out).setErr(err).setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
            return cli.execute(args);
        } catch (Throwable e) { // what picocli lets through: JVM errors, failures before a command runs
            return ErrorReporter.report(e, err, CommonOptions.verboseIn(args));
        } finally {
            out.flush(); // auto-flushing writers flush on println only: a command's last print() must not be lost
            err.flush();
        }
    }

    /** The root command with the framework's subcommands. */
    static CommandLine commandLine(PluginEnvironment plugins) {
        return new CommandLine(new JaywalkCli())
                .addSubcommand(new TrainCommand(plugins))
                .addSubcommand(new WorkerCommand(plugins))
                .addSubcommand(new EvalCommand(plugins))
                .addSubcommand(new ConfigCommand(plugins))
                .addSubcommand(new PluginsCommand(plugins))
                .addSubcommand(new InspectCommand())
                .addSubcommand(new ExportCommand(plugins))
                .addSubcommand(new NewPluginCommand(plugins))
                .addSubcommand(new CommandLine(new BenchCommand()).addSubcommand(new BenchTrainCommand(plugins))
                        .addSubcommand(new BenchPeakCommand()))
                .addSubcommand(new CommandLine(new SweepCommand(plugins)).addSubcommand(new SweepReportCommand())
                        .addSubcommand(new SweepRunPointCommand(plugins)));
    }

    /**
     * Adds the plugins' subcommands. When the plugins cannot be loaded, the framework's own commands still
     * work and report the problem when they need the plugins.
     */
    private static void addContributedCommands(CommandLine cli, PluginEnvironment plugins, PrintWriter err) {
        try {
            for (CommandContribution contribution : plugins.registry().commands()) {
                try {
                    CommandLine parent = contribution.parent() == null ? cli : cli.getSubcommands().get(contribution.parent());
                    if (parent == null) {
                        err.println("warning: ignoring a plugin subcommand of unknown command '" + contribution.parent() + "'");
                        continue;
                    }
                    parent.addSubcommand(contribution.command(new PluginCommandContext(plugins)));
                } catch (CommandLine.InitializationException e) {
                    err.println("warning: ignoring a plugin subcommand: " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            // the plugins cannot be loaded: reported by the command that needs them
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The framework version for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jaywalk " + FrameworkVersion.get()};
        }
    }
}

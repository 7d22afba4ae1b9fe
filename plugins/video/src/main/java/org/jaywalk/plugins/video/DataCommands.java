package org.jaywalk.plugins.video;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jaywalk.framework.cli.ExperimentArguments;
import org.jaywalk.framework.config.ComponentBlock;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.spi.CommandContext;
import org.jaywalk.framework.spi.CommandContribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The video plugin's commands: {@code jaywalk data index|preview} and {@code jaywalk bench data}. */
final class DataCommands {

    private DataCommands() {
    }

    /** {@code jaywalk data ...}. */
    static CommandContribution data() {
        return context -> new CommandLine(new Data())
                .addSubcommand(new Index(context))
                .addSubcommand(new Preview(context));
    }

    /** {@code jaywalk bench data ...}. */
    static CommandContribution benchData() {
        return new CommandContribution() {
            @Override
            public Object command(CommandContext context) {
                return new BenchData(context);
            }

            @Override
            public String parent() {
                return "bench";
            }
        };
    }

    @Command(name = "data", mixinStandardHelpOptions = true, description = "Video datasets: index, preview.")
    static final class Data implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }

    /** The experiment's dataset block, which must be a video dataset. */
    private static ResolvedExperiment load(ExperimentArguments arguments, CommandContext context) {
        return arguments.load(context);
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Build or refresh the video index cache of an experiment's dataset and print its counts.")
    static final class Index implements Callable<Integer> {
        private final CommandContext context;

        @Mixin
        ExperimentArguments arguments;

        @Option(names = "--json", description = "Print one JSON object: videos, clips, skipped, per_video.")
        boolean json;

        @Spec
        CommandSpec spec;

        Index(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            ResolvedExperiment e = load(arguments, context);
            IndexReport report = VideoIndexCommand.run(e.componentType(ComponentBlock.DATASET),
                    e.component(ComponentBlock.DATASET), new TextProgress(System.err));
            spec.commandLine().getOut().println(json ? report.toJson() : report.toText().stripTrailing());
            return 0;
        }
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Write a PNG contact sheet of sampled clips after augmentation (frames and patch grids).")
    static final class Preview implements Callable<Integer> {
        private final CommandContext context;

        @Mixin
        ExperimentArguments arguments;

        @Option(names = "--out", description = "The PNG to write (default: preview.png).")
        Path out = Path.of("preview.png");

        @Option(names = "--clips", description = "Clips to show (default: 4).")
        int clips = 4;

        @Spec
        CommandSpec spec;

        Preview(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            ResolvedExperiment e = load(arguments, context);
            for (String line : VideoPreview.write(e.componentType(ComponentBlock.DATASET),
                    e.component(ComponentBlock.DATASET), out, clips)) {
                spec.commandLine().getOut().println(line);
            }
            spec.commandLine().getOut().println("wrote " + out);
            return 0;
        }
    }

    @Command(name = "data", mixinStandardHelpOptions = true,
            description = "Clips/s of the video input pipeline (decode + augment + batch) and of decoding alone.")
    static final class BenchData implements Callable<Integer> {
        private final CommandContext context;

        @Mixin
        ExperimentArguments arguments;

        @Option(names = "--workers", description = "Decode workers (default: cores - 1).")
        int workers = 0;

        @Option(names = "--clips", description = "Clips to time (default: 64).")
        int clips = 64;

        @Spec
        CommandSpec spec;

        BenchData(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            ResolvedExperiment e = load(arguments, context);
            VideoBench.Result r = VideoBench.run(e.componentType(ComponentBlock.DATASET),
                    e.component(ComponentBlock.DATASET), workers > 0 ? workers : Workers.defaultCount(), clips);
            spec.commandLine().getOut().println(r.toText().stripTrailing());
            return 0;
        }
    }
}

package org.jaywalk.plugins.video;

import org.jaywalk.framework.spi.ExtensionPoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jaywalk.framework.spi.cli.CommandContext;
import org.jaywalk.framework.spi.cli.ExperimentArguments;
import org.jaywalk.framework.spi.config.Experiment;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.cli.CommandContribution;
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

    /** A subcommand on an experiment's video dataset: {@code EXPERIMENT [key=value...]} and the framework context. */
    abstract static class OnDataset implements Callable<Integer> {
        private final CommandContext context;

        @Mixin
        ExperimentArguments arguments;

        @Spec
        CommandSpec spec;

        OnDataset(CommandContext context) {
            this.context = context;
        }

        @Override
        public final Integer call() throws Exception {
            Experiment e = arguments.load(context);
            run(e.componentType(ExtensionPoint.DATASET), e.component(ExtensionPoint.DATASET), spec.commandLine().getOut());
            return 0;
        }

        /** Runs on the dataset block of type {@code type}. */
        abstract void run(String type, ComponentConfig block, PrintWriter out) throws Exception;
    }

    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Build or refresh the video index cache of an experiment's dataset and print its counts.")
    static final class Index extends OnDataset {
        @Option(names = "--json", description = "Print one JSON object: videos, clips, skipped, per_video.")
        boolean json;

        Index(CommandContext context) {
            super(context);
        }

        @Override
        void run(String type, ComponentConfig block, PrintWriter out) throws Exception {
            IndexReport report = VideoIndexCommand.run(type, block, new TextProgress(System.err));
            out.println(json ? report.toJson() : report.toText().stripTrailing());
        }
    }

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "Write a PNG contact sheet of sampled clips after augmentation (frames and patch grids).")
    static final class Preview extends OnDataset {
        @Option(names = "--out", description = "The PNG to write (default: preview.png).")
        Path png = Path.of("preview.png");

        @Option(names = "--clips", description = "Clips to show (default: 4).")
        int clips = 4;

        Preview(CommandContext context) {
            super(context);
        }

        @Override
        void run(String type, ComponentConfig block, PrintWriter out) throws Exception {
            VideoPreview.write(type, block, png, clips).forEach(out::println);
            out.println("wrote " + png);
        }
    }

    @Command(name = "data", mixinStandardHelpOptions = true,
            description = "Clips/s and CPU ms per clip of the video input pipeline (decode + augment + batch), of "
                    + "decoding alone and of augmenting alone.")
    static final class BenchData extends OnDataset {
        @Option(names = "--workers", description = "Decode workers (default: cores - 1).")
        int workers = 0;

        @Option(names = "--clips", description = "Clips to time per measure (default: 64).")
        int clips = 64;

        @Option(names = "--json", description = "Print one JSON object: workers, clips, decode, augment, pipeline.")
        boolean json;

        BenchData(CommandContext context) {
            super(context);
        }

        @Override
        void run(String type, ComponentConfig block, PrintWriter out) throws Exception {
            int threads = workers > 0 ? workers : Workers.defaultCount();
            VideoBench.Result result = VideoBench.run(type, block, threads, clips);
            out.println(json ? result.toJson() : result.toText().stripTrailing());
        }
    }
}

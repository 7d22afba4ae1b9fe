package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jaywalk.framework.io.CheckpointDescription;
import org.jaywalk.framework.io.CheckpointInspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jaywalk inspect FILE [--json]}: describes a checkpoint, a videowalk .pth or an NPZ file. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Describe a Jaywalk checkpoint, a videowalk .pth or an NPZ file: its tensors and metadata.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to describe.")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CheckpointDescription description = CheckpointInspector.inspect(file);
        spec.commandLine().getOut().print(json ? description.toJson().toPrettyString() + "\n" : description.toText());
        return ExitCodes.OK;
    }
}

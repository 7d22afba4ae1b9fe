package org.jaywalk.framework.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jaywalk.framework.export.CheckpointExport;
import org.jaywalk.framework.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jaywalk export CKPT --format videowalk-pth|savedmodel --out PATH [key=value...]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a Jaywalk checkpoint as a videowalk checkpoint.pth (torch.save zip: {\"model\": state_dict,"
                + " \"epoch\": N}) or as a TensorFlow SavedModel of its test-time encoder.")
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CKPT", description = "A Jaywalk checkpoint (.ckpt).")
    Path checkpoint;

    @Parameters(index = "1..*", paramLabel = "key=value",
            description = "savedmodel: overrides of the checkpoint's experiment, e.g. model.eval-encoder.remove-layers=[]")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "videowalk-pth or savedmodel.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The .pth file, or the new SavedModel folder.")
    Path out;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final PluginEnvironment plugins;

    ExportCommand(PluginEnvironment plugins) {
        this.plugins = plugins;
    }

    @Override
    public Integer call() {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (chosen == ExportFormat.VIDEOWALK_PTH) {
            if (!overrides.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "overrides apply to --format savedmodel only");
            }
            List<String> skipped = CheckpointExport.videowalkPth(checkpoint, out);
            spec.commandLine().getOut().printf("wrote %s (videowalk checkpoint; %d optimizer and other tensors not"
                    + " exported)%n", out, skipped.size());
        } else {
            CheckpointExport.savedModel(checkpoint, overrides, plugins::registry, out);
            spec.commandLine().getOut().printf("wrote %s (SavedModel: signature serving_default, frames -> maps,"
                    + " features)%n", out);
        }
        return ExitCodes.OK;
    }
}

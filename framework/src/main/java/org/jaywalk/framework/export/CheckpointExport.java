package org.jaywalk.framework.export;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.SavedModelExport;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.io.PthWriter;
import org.jaywalk.framework.io.VideowalkStateDict;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.plugin.PluginSettings;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.train.CheckpointStore;
import org.jaywalk.framework.train.LoadedCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code jaywalk export}: a Jaywalk checkpoint written in another framework's format. */
public final class CheckpointExport {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointExport.class);

    private CheckpointExport() {
    }

    /**
     * Writes videowalk's {@code checkpoint.pth} layout: the model's state dict (every batch norm's
     * {@code num_batches_tracked} is the checkpoint's step count) and the last completed epoch (0-based, -1 before
     * the first), so that videowalk's {@code test.py} and {@code train.py --partial-reload} read it.
     *
     * @return the checkpoint tensors that are not part of the state dict (optimizer state, ...)
     */
    public static List<String> videowalkPth(Path checkpoint, Path out) {
        LoadedCheckpoint loaded = CheckpointStore.read(checkpoint);
        VideowalkStateDict.Export export = VideowalkStateDict.of(loaded.tensors(),
                Set.copyOf(loaded.meta().optimizerState()), loaded.meta().position().step());
        PthWriter.write(out, export.stateDict(), loaded.meta().position().epoch() - 1L);
        LOG.info("wrote {} tensors of {} to {}", export.stateDict().size(), checkpoint, out);
        LOG.debug("not exported: {}", export.notExported());
        return export.notExported();
    }

    /**
     * Writes the test-time encoder of the checkpoint's own experiment ({@code model.encoder} with
     * {@code model.eval-encoder} laid over it) as a SavedModel.
     *
     * @param overrides {@code key=value} overrides of the checkpoint's experiment
     * @param registries the plugins for an experiment's {@code plugins} block
     */
    public static void savedModel(Path checkpoint, List<String> overrides,
                                  Function<PluginSettings, ComponentRegistry> registries, Path out) {
        LoadedCheckpoint loaded = CheckpointStore.read(checkpoint);
        Config parsed = parseConfig(loaded);
        ComponentRegistry registry = registries.apply(PluginSettings.from(ExperimentLoader.preview(parsed, overrides)));
        ResolvedExperiment experiment = new ExperimentLoader(registry).load(checkpoint, parsed, overrides);
        var encoder = registry.create(ExtensionPoint.ENCODER, experiment.forEvaluation());
        SavedModelExport.write(encoder, StoredWeights.of(checkpoint, loaded.tensors())::assignTo, out);
        LOG.info("wrote the test-time encoder of {} as a SavedModel to {}", checkpoint, out);
    }

    private static Config parseConfig(LoadedCheckpoint loaded) {
        String text = loaded.meta().config();
        if (text.isBlank()) {
            throw new ConfigError("checkpoint " + loaded.file() + " holds no experiment configuration to build the"
                    + " encoder from");
        }
        try {
            return ConfigFactory.parseString(text);
        } catch (ConfigException e) {
            throw new ConfigError("the experiment stored in " + loaded.file() + " cannot be parsed: " + e.getMessage(), e);
        }
    }
}

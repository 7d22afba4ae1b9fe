package org.jaywalk.framework.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.graph.TrainingGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code model.init-from}: overwrites the freshly initialized model tensors (weights and buffers, not
 * optimizer state) that a checkpoint holds with the same name and shape, and reports the rest. Reads
 * the files {@link StoredWeights} reads (Jaywalk checkpoints, videowalk {@code .pth}, plain {@code .npz}), with
 * its name canonicalization; unlike evaluation, missing tensors keep their initialization.
 */
public final class WarmStart {

    private static final Logger LOG = LoggerFactory.getLogger(WarmStart.class);

    private WarmStart() {
    }

    /** What was taken from the file and what was not. */
    public record Report(List<String> loaded, List<String> shapeMismatches, List<String> notInFile,
                         List<String> notInModel) {
    }

    /** Loads matching tensors of {@code file} into the graph. */
    public static Report apply(TrainingGraph graph, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigError("model.init-from: file not found: " + file);
        }
        StoredWeights stored = StoredWeights.read(file);
        ParameterStore store = graph.parameters();
        StoredWeights.Match match = stored.match(store.entries().stream()
                .filter(e -> e.kind() != ParameterKind.OPTIMIZER_STATE).toList());
        store.assign(graph.session(), match.values());
        List<String> loaded = List.copyOf(match.values().keySet());
        List<String> notInModel = stored.tensors().keySet().stream().filter(n -> !store.contains(n)).toList();
        Report report = new Report(loaded, match.misShaped(), match.missing(), notInModel);
        log(file, report);
        return report;
    }

    private static void log(Path file, Report r) {
        LOG.info("initialized {} tensors from {}", r.loaded().size(), file);
        if (!r.shapeMismatches().isEmpty()) {
            LOG.warn("skipped {} tensors whose shape differs: {}", r.shapeMismatches().size(), r.shapeMismatches());
        }
        if (!r.notInFile().isEmpty()) {
            LOG.warn("{} model tensors are not in {} and keep their initialization: {}", r.notInFile().size(), file,
                    r.notInFile());
        }
        if (!r.notInModel().isEmpty()) {
            LOG.info("{} tensors of {} are not used by the model: {}", r.notInModel().size(), file, r.notInModel());
        }
    }
}

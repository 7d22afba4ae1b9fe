package org.jaywalk.framework.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.config.ConfigError;
import org.jaywalk.framework.graph.ParameterKind;
import org.jaywalk.framework.graph.ParameterStore;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.io.HostArray;
import org.jaywalk.framework.io.TensorFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code model.init-from}: overwrites the freshly initialized model tensors (weights and buffers, not
 * optimizer state) that a checkpoint holds with the same name and shape, and reports the rest. Reads
 * Jaywalk checkpoints, videowalk {@code .pth} files (whose state dict names are the canonical names) and plain
 * {@code .npz} archives, told apart by content.
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
        Map<String, HostArray> tensors = TensorFiles.read(file);
        List<String> loaded = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        List<String> notInFile = new ArrayList<>();
        Map<String, float[]> values = new LinkedHashMap<>();
        for (ParameterStore.Entry entry : graph.parameters().entries()) {
            if (entry.kind() == ParameterKind.OPTIMIZER_STATE) {
                continue;
            }
            HostArray stored = tensors.get(entry.name());
            if (stored == null) {
                notInFile.add(entry.name());
            } else if (!Arrays.equals(stored.shape(), entry.shape())) {
                mismatched.add(entry.name() + " " + Arrays.toString(stored.shape()) + " vs model "
                        + Arrays.toString(entry.shape()));
            } else {
                values.put(entry.name(), stored.floats());
                loaded.add(entry.name());
            }
        }
        graph.parameters().assign(graph.session(), values);
        List<String> notInModel = tensors.keySet().stream().filter(n -> !graph.parameters().contains(n)).toList();
        Report report = new Report(loaded, mismatched, notInFile, notInModel);
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

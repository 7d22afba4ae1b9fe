package org.jaywalk.framework.train;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jaywalk.framework.config.InitFrom;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.io.WeightFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code model.init-from}: overwrites the freshly initialized model tensors (weights and buffers, not
 * optimizer state) that a weights file holds under Jaywalk's names ({@link WeightFormat}: a videowalk
 * {@code .pth}, a torchvision or MoCo ResNet, ...), and reports every tensor it did not take. A tensor of the
 * right name but another shape is an error (as PyTorch's {@code load_state_dict}); model tensors the file lacks
 * keep their initialization (as videowalk's {@code --partial-reload}). A videowalk {@code checkpoint.pth} also gives
 * the epoch to go on with and, with {@code optimizer = true}, the Adam state ({@link VideowalkTrainingState}).
 */
public final class WarmStart {

    private static final Logger LOG = LoggerFactory.getLogger(WarmStart.class);

    private WarmStart() {
    }

    /**
     * What was taken from the file and what was not.
     *
     * @param format the file's format ({@code auto} resolved)
     * @param loaded model tensors loaded
     * @param notInFile model tensors the file lacks (they keep their initialization)
     * @param notInModel file tensors (Jaywalk names) the model has no use for
     * @param leftOut file tensors the format drops (file names): classifier heads, MoCo's key encoder
     * @param optimizerState optimizer tensors restored ({@code optimizer = true})
     * @param startEpoch the epoch to train next, for a videowalk checkpoint that records the epoch it ended
     */
    public record Report(WeightFormat format, List<String> loaded, List<String> notInFile, List<String> notInModel,
                         List<String> leftOut, List<String> optimizerState, OptionalInt startEpoch) {
    }

    /** Loads the matching tensors of {@code init}'s file into the graph. */
    public static Report apply(TrainingGraph graph, InitFrom init) {
        if (!Files.isRegularFile(init.file())) {
            throw new ConfigError(InitFrom.KEY + ": file not found: " + init.file());
        }
        StoredWeights stored = StoredWeights.read(init.file(), init.format());
        ParameterStore store = graph.parameters();
        StoredWeights.Match match = stored.match(store.entries().stream()
                .filter(e -> e.kind() != ParameterKind.OPTIMIZER_STATE).toList());
        if (!match.misShaped().isEmpty()) {
            throw new ConfigError(InitFrom.KEY + ": " + init.file() + " (read as " + stored.format().configName()
                    + ") does not fit the model: " + match.misShaped().size() + " tensors have another shape: "
                    + String.join(", ", match.misShaped()) + " (is model.encoder's depth the file's?)");
        }
        store.assign(graph.session(), match.values());
        Map<String, float[]> optimizer = init.optimizer() ? VideowalkTrainingState.adam(stored, store) : Map.of();
        store.assign(graph.session(), optimizer);
        List<String> notInModel = stored.tensors().keySet().stream().filter(n -> !store.contains(n)).toList();
        OptionalInt epoch = stored.format() == WeightFormat.VIDEOWALK
                ? VideowalkTrainingState.epoch(stored.torchMetadata()) : OptionalInt.empty();
        Report report = new Report(stored.format(), List.copyOf(match.values().keySet()), match.missing(),
                notInModel, stored.leftOut(), List.copyOf(optimizer.keySet()),
                epoch.isPresent() ? OptionalInt.of(epoch.getAsInt() + 1) : OptionalInt.empty());
        log(init, report);
        return report;
    }

    private static void log(InitFrom init, Report r) {
        LOG.info("initialized {} tensors from {} (read as {})", r.loaded().size(), init.file(),
                r.format().configName());
        if (!r.notInFile().isEmpty()) {
            LOG.warn("{} model tensors are not in {} and keep their initialization: {}", r.notInFile().size(),
                    init.file(), r.notInFile());
        }
        if (!r.notInModel().isEmpty()) {
            LOG.info("{} tensors of {} are not used by the model: {}", r.notInModel().size(), init.file(),
                    r.notInModel());
        }
        if (!r.optimizerState().isEmpty()) {
            LOG.info("restored {} optimizer tensors from {}", r.optimizerState().size(), init.file());
        }
        r.startEpoch().ifPresent(e -> LOG.info("{} ended epoch {}: training goes on with epoch {}", init.file(), e - 1, e));
        if (!r.leftOut().isEmpty()) {
            LOG.info("{} tensors of {} are left out by the {} format: {}", r.leftOut().size(), init.file(),
                    r.format().configName(), r.leftOut());
        }
    }
}

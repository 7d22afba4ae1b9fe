package org.jaywalk.framework.train;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.spi.io.HostArray;

/** Copies every entry of a graph's parameter store (weights, buffers, optimizer state) to and from the host. */
public final class ModelState {

    private ModelState() {
    }

    /** All entries in canonical layout, by name. */
    public static Map<String, HostArray> capture(TrainingGraph graph) {
        ParameterStore store = graph.parameters();
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        store.read(graph.session(), null)
                .forEach((name, values) -> tensors.put(name, HostArray.ofFloats(store.entry(name).shape(), values)));
        return tensors;
    }

    /**
     * Restores every entry exactly (for resuming).
     *
     * @throws CheckpointError when an entry is missing from the checkpoint or shaped differently
     */
    public static void restore(TrainingGraph graph, Map<String, HostArray> tensors, Path source) {
        Map<String, float[]> values = new LinkedHashMap<>();
        for (ParameterStore.Entry entry : graph.parameters().entries()) {
            HostArray stored = tensors.get(entry.name());
            if (stored == null) {
                throw new CheckpointError(source, "has no tensor '" + entry.name() + "' the model needs"
                        + " (was it written by a different model configuration?)");
            }
            if (!Arrays.equals(stored.shape(), entry.shape())) {
                throw new CheckpointError(source, "tensor '" + entry.name() + "' has shape "
                        + Arrays.toString(stored.shape()) + ", the model needs " + Arrays.toString(entry.shape()));
            }
            values.put(entry.name(), stored.floats());
        }
        graph.parameters().assign(graph.session(), values);
    }
}

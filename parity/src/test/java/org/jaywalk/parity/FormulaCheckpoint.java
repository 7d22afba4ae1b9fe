package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaywalk.framework.spi.graph.ParameterKind;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.io.CheckpointFile;
import org.jaywalk.framework.spi.io.HostArray;

/** Writes a case's formula weights as a Jaywalk checkpoint, to start training runs from them. */
final class FormulaCheckpoint {

    private FormulaCheckpoint() {
    }

    static void write(Path file, JsonNode settings) {
        Map<String, HostArray> tensors = new LinkedHashMap<>();
        try (TrainingGraph graph = TrainingGraph.build(ReferenceModels.model(settings), null,
                ReferenceModels.clipShape(settings), SessionSettings.defaults())) {
            for (ParameterStore.Entry e : graph.parameters().entries()) {
                if (e.kind() != ParameterKind.OPTIMIZER_STATE) {
                    tensors.put(e.name(), HostArray.ofFloats(e.shape(), FormulaWeights.values(e.name(), e.shape())));
                }
            }
        }
        CheckpointFile.write(file, tensors, JsonNodeFactory.instance.objectNode().put("source", "formula weights"));
    }
}

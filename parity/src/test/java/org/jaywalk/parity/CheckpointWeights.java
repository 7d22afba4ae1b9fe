package org.jaywalk.parity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jaywalk.framework.io.HostArray;
import org.jaywalk.framework.graph.ParameterStore;
import org.jaywalk.framework.graph.StoredWeights;
import org.junit.jupiter.api.Assumptions;

/**
 * Weights of {@code embed-pth}: the real videowalk checkpoint {@code crw-resnet18.pth} (45 MB, not copied into
 * the test resources), read safely from beside the case file or from {@code ../shared/reference}.
 */
final class CheckpointWeights {

    private static final String FILE = "crw-resnet18.pth";

    private CheckpointWeights() {
    }

    static Map<String, float[]> load(ReferenceCase c, ParameterStore store) {
        Path file = locate(c);
        Assumptions.assumeTrue(file != null, c.name() + " needs " + FILE + " beside the case or in ../shared/reference");
        Map<String, float[]> values = new LinkedHashMap<>();
        StoredWeights weights = StoredWeights.read(file);
        for (ParameterStore.Entry e : store.entries()) {
            HostArray tensor = weights.tensors().get(e.name());
            if (tensor == null) {
                throw new IllegalArgumentException(file + " has no tensor " + e.name());
            }
            values.put(e.name(), tensor.floats());
        }
        return values;
    }

    private static Path locate(ReferenceCase c) {
        Path beside = c.file().resolveSibling(FILE);
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("../shared/reference").resolve(FILE).normalize();
            if (Files.isRegularFile(shared)) {
                return shared;
            }
        }
        return null;
    }
}

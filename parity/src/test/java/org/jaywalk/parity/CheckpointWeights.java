package org.jaywalk.parity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jaywalk.framework.spi.graph.ParameterStore;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.io.WeightFormat;
import org.junit.jupiter.api.Assumptions;

/**
 * Weights of {@code embed-pth}: the real videowalk checkpoint {@code crw-resnet18.pth} (45 MB, not copied
 * into the repository), read through the safe unpickler. Looked up beside the case file, then in
 * {@code ../shared/reference} of the project root; the case is skipped with a message when neither has it.
 */
final class CheckpointWeights {

    static final String FILE = "crw-resnet18.pth";

    private CheckpointWeights() {
    }

    static Map<String, float[]> load(ReferenceCase c, ParameterStore store) {
        return load(locate(c), WeightFormat.AUTO, store);
    }

    /** Every entry of {@code store} from {@code pth} read as {@code format}; fails unless all fit. */
    static Map<String, float[]> load(Path pth, WeightFormat format, ParameterStore store) {
        StoredWeights.Match match = StoredWeights.read(pth, format).match(store.entries());
        if (!match.missing().isEmpty() || !match.misShaped().isEmpty()) {
            throw new AssertionError(pth + " does not fit the model: missing " + match.missing() + ", other shapes "
                    + match.misShaped());
        }
        return match.values();
    }

    private static Path locate(ReferenceCase c) {
        Path beside = c.file().resolveSibling(FILE);
        if (Files.exists(beside)) {
            return beside;
        }
        Path root = Path.of(System.getProperty("jaywalk.project.root", "."));
        Path shared = root.resolve("../shared/reference").resolve(FILE).normalize();
        Assumptions.assumeTrue(Files.exists(shared), c.name() + " skipped: " + FILE + " is neither beside "
                + c.file() + " nor at " + shared + " (it ships in ../shared/reference)");
        return shared;
    }
}

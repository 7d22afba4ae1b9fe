package org.jaywalk.framework.spi.eval;

import java.nio.file.Path;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.graph.SessionSettings;

/** The framework's way to run an encoder with stored weights at test time (evaluators and their commands). */
public interface TestTimeFeatures {

    /**
     * The weights of a Jaywalk checkpoint or a videowalk {@code .pth}, matched to a graph's parameters by name and
     * shape; loading fails naming the file and every missing or mis-shaped tensor.
     */
    WeightLoader weights(Path checkpoint);

    /** Every parameter drawn from its initializer with {@code seed} (untrained weights, for tests and benchmarks). */
    WeightLoader randomWeights(long seed);

    /**
     * Builds the encoder's test-time graph for images of {@code imageShape} and loads {@code weights} into it.
     *
     * @param imageShape {@code [n, H, W, 3]}
     */
    FeatureExtractor open(Encoder encoder, long[] imageShape, WeightLoader weights, SessionSettings session);
}

package org.jaywalk.framework.eval;

import java.nio.file.Path;
import org.jaywalk.framework.graph.FeatureGraph;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.spi.Encoder;
import org.jaywalk.framework.spi.eval.FeatureExtractor;
import org.jaywalk.framework.spi.eval.TestTimeFeatures;
import org.jaywalk.framework.spi.eval.WeightLoader;
import org.jaywalk.framework.spi.graph.SessionSettings;

/** {@link TestTimeFeatures} on the framework's {@link FeatureGraph} and {@link StoredWeights} (strict matching). */
public final class StoredModelFeatures implements TestTimeFeatures {

    @Override
    public WeightLoader weights(Path checkpoint) {
        return StoredWeights.read(checkpoint)::assignTo;
    }

    @Override
    public WeightLoader randomWeights(long seed) {
        return (store, session) -> store.initialize(session, seed);
    }

    @Override
    public FeatureExtractor open(Encoder encoder, long[] imageShape, WeightLoader weights, SessionSettings session) {
        return FeatureGraph.open(encoder, imageShape, weights, session);
    }
}

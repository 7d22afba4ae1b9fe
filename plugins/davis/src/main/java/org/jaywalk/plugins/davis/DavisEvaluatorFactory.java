package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.Evaluator;
import org.jaywalk.framework.spi.EvaluatorFactory;

/** Builds {@link DavisEvaluator}s: {@code type = davis}. */
public final class DavisEvaluatorFactory implements EvaluatorFactory {

    @Override
    public String defaults() {
        return """
                # DAVIS-2017 root holding JPEGImages/480p, Annotations/480p and ImageSets/2017
                root = null
                # sequence list: ImageSets/2017/<subset>.txt
                subset = val
                # sequences to evaluate; empty = every sequence of the subset
                sequences = []
                # videowalk test.py settings (its README's DAVIS command)
                video-len = 20
                topk = 10
                radius = 12
                temperature = 0.05
                # also write masks blended on the frames (overlays/<sequence>/)
                overlays = true
                """;
    }

    @Override
    public Evaluator create(ComponentConfig config) {
        if (config.isNull("root")) {
            throw config.error("root", "must name a DAVIS-2017 root (JPEGImages/, Annotations/, ImageSets/)");
        }
        PropagationSettings settings = new PropagationSettings(config.getIntAtLeast("video-len", 0),
                config.getIntAtLeast("topk", 1), positive(config, "radius"), positive(config, "temperature"));
        return new DavisEvaluator(Path.of(config.getString("root")), config.getString("subset"),
                config.getStringList("sequences"), settings, config.getBoolean("overlays"));
    }

    private static double positive(ComponentConfig config, String key) {
        double v = config.getDouble(key);
        if (!(v > 0)) {
            throw config.error(key, "must be positive, got " + v);
        }
        return v;
    }
}

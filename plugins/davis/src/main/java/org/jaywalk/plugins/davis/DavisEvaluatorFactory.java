package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;

/** Builds {@link DavisEvaluator}s: {@code type = davis}. */
public final class DavisEvaluatorFactory implements EvaluatorFactory {

    @Override
    public String defaults() {
        return """
                # DAVIS-2017 root holding JPEGImages/480p, Annotations/480p and ImageSets/2017, or "synthetic": a
                # small DAVIS-format set (moving textured squares, exact masks) generated deterministically into
                # <evaluation folder>/synthetic-davis, sized by `synthetic` (no downloads)
                root = null
                synthetic { sequences = 2, frames = 8, width = 96, height = 64 }
                # sequence list: ImageSets/2017/<subset>.txt
                subset = val
                # sequences to evaluate; empty = every sequence of the subset
                sequences = []
                # also write masks blended on the frames (overlays/<sequence>/ and overlays/<sequence>.gif)
                overlays = true
                # also write them as an MP4 video (H.264, overlays/<sequence>.mp4) of `fps` frames per second
                video = false
                fps = 12
                """ + PropagationKeys.defaults("its README's DAVIS command", -1, 20, 10, 12, 0.05);
    }

    @Override
    public Evaluator create(ComponentConfig config) {
        return new DavisEvaluator(root(config), config.getString("subset"), config.getStringList("sequences"),
                PropagationKeys.settings(config), PropagationKeys.input(config), new Overlays(null,
                        config.getBoolean("overlays"), config.getBoolean("video"), config.getPositive("fps")),
                PropagationKeys.memory(config));
    }

    private static DatasetRoot root(ComponentConfig config) {
        return DatasetRoot.of(config, "a DAVIS-2017 root (JPEGImages/, Annotations/, ImageSets/)",
                c -> new SyntheticDavis(c.getIntAtLeast("synthetic.sequences", 1),
                c.getIntAtLeast("synthetic.frames", 3), c.getIntAtLeast("synthetic.width", 32),
                c.getIntAtLeast("synthetic.height", 32)));
    }
}

package org.jaywalk.plugins.davis;

import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;

/** Builds {@link DavisEvaluator}s: {@code type = davis}. */
public final class DavisEvaluatorFactory implements EvaluatorFactory {

    /** The {@code root} value that selects the generated set. */
    static final String SYNTHETIC = "synthetic";

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
                # videowalk test.py settings (its README's DAVIS command)
                video-len = 20
                topk = 10
                radius = 12
                temperature = 0.05
                # also write masks blended on the frames (overlays/<sequence>/ and overlays/<sequence>.gif)
                overlays = true
                # also write them as an MP4 video (H.264, overlays/<sequence>.mp4) of `fps` frames per second
                video = false
                fps = 12
                # stop before a sequence whose estimated peak memory exceeds this (e.g. "16G"); auto: what the
                # process holds plus the machine's available memory
                memory-limit = auto
                """;
    }

    @Override
    public Evaluator create(ComponentConfig config) {
        if (config.isNull("root")) {
            throw config.error("root", "must name a DAVIS-2017 root (JPEGImages/, Annotations/, ImageSets/) or be \"synthetic\"");
        }
        PropagationSettings settings = new PropagationSettings(config.getIntAtLeast("video-len", 0),
                config.getIntAtLeast("topk", 1), config.getPositive("radius"), config.getPositive("temperature"));
        return new DavisEvaluator(root(config), config.getString("subset"),
                config.getStringList("sequences"), settings, new Overlays(null, config.getBoolean("overlays"),
                        config.getBoolean("video"), config.getPositive("fps")), memory(config));
    }

    private static PropagationMemory memory(ComponentConfig config) {
        try {
            return PropagationMemory.parse(config.getString("memory-limit"), config.path() + ".memory-limit",
                    config.path() + ".video-len");
        } catch (IllegalArgumentException e) {
            throw config.error("memory-limit", "must be a size such as 16G, or auto; got '"
                    + config.getString("memory-limit") + "'");
        }
    }

    private static DavisRoot root(ComponentConfig config) {
        String root = config.getString("root");
        if (!root.equals(SYNTHETIC)) {
            return DavisRoot.at(Path.of(root));
        }
        return new SyntheticDavis(config.getIntAtLeast("synthetic.sequences", 1), config.getIntAtLeast("synthetic.frames", 3),
                config.getIntAtLeast("synthetic.width", 32), config.getIntAtLeast("synthetic.height", 32));
    }
}

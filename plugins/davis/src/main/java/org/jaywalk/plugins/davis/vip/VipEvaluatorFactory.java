package org.jaywalk.plugins.davis.vip;

import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.PropagationKeys;

/** Builds {@link VipEvaluator}s: {@code type = vip}. */
public final class VipEvaluatorFactory implements EvaluatorFactory {

    /** The {@code root} value that selects the generated set. */
    public static final String SYNTHETIC = "synthetic";

    @Override
    public String defaults() {
        return """
                # VIP root: the list's paths are relative to it; or "synthetic": a small VIP-format set (a blocky
                # person with part labels) generated into <evaluation folder>/synthetic-vip
                root = null
                synthetic { videos = 2, frames = 6, width = 96, height = 96 }
                # one video per line: <images folder> <part labels folder> (videowalk's list format)
                list = VIP_vallist.txt
                # ground-truth labels at or above this are ignored (VIP's 255)
                classes = 20
                # true: frame 0's labels resized bilinearly, as vos.py does by mistake (spurious labels at part
                # boundaries: the reference's numbers); false: nearest-neighbour, as intended
                reference-bugs = false
                """ + PropagationKeys.defaults("the VIP command of videowalk issue #10", 560, 4, 10, 12, 0.05);
    }

    @Override
    public Evaluator create(ComponentConfig config) {
        if (config.isNull("root")) {
            throw config.error("root", "must name a VIP root (with the list file) or be \"synthetic\"");
        }
        FrameInput input = PropagationKeys.input(config);
        if (!input.crops()) {
            throw config.error("crop-size", "must be positive for VIP (frames are squashed to a square, as the "
                    + "reference does)");
        }
        int classes = config.getIntAtLeast("classes", 1);
        if (classes > 256) {
            throw config.error("classes", "must be at most 256 (labels are 8-bit), got " + classes);
        }
        return new VipEvaluator(root(config), config.getString("list"), classes, PropagationKeys.settings(config),
                input, config.getBoolean("reference-bugs"));
    }

    private static DatasetRoot root(ComponentConfig config) {
        String root = config.getString("root");
        if (!root.equals(SYNTHETIC)) {
            return DatasetRoot.at(Path.of(root));
        }
        return new SyntheticVip(config.getIntAtLeast("synthetic.videos", 1), config.getIntAtLeast("synthetic.frames", 2),
                config.getIntAtLeast("synthetic.width", 32), config.getIntAtLeast("synthetic.height", 32));
    }
}

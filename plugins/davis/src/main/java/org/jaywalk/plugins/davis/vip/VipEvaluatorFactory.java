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
                input, config.getBoolean("reference-bugs"), PropagationKeys.memory(config));
    }

    private static DatasetRoot root(ComponentConfig config) {
        return DatasetRoot.of(config, "a VIP root (with the list file)",
                c -> new SyntheticVip(c.getIntAtLeast("synthetic.videos", 1),
                c.getIntAtLeast("synthetic.frames", 2), c.getIntAtLeast("synthetic.width", 32),
                c.getIntAtLeast("synthetic.height", 32)));
    }
}

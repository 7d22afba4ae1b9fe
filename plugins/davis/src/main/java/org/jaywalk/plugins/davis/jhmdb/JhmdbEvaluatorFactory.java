package org.jaywalk.plugins.davis.jhmdb;

import java.nio.file.Path;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.eval.EvaluatorFactory;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.PropagationKeys;

/** Builds {@link JhmdbEvaluator}s: {@code type = jhmdb}. */
public final class JhmdbEvaluatorFactory implements EvaluatorFactory {

    @Override
    public String defaults() {
        return """
                # JHMDB root: the list's paths are relative to it; or "synthetic": a small JHMDB-format set (a
                # stick figure with 15 joints over a textured background) generated into <evaluation folder>/synthetic-jhmdb
                root = null
                synthetic { sequences = 2, frames = 8, width = 96, height = 72 }
                # one sequence per line: <frames folder> <joint_positions.mat> (videowalk's list format)
                list = jhmdb_testlist.txt
                # true: PCK as eval_pck.py computes it, bugs included (float32 scaling by a hard-coded 40 cells, the
                # box's maximum starting at -1); false: the real feature grid, double precision, the true box
                reference-bugs = false
                """ + PropagationKeys.defaults("the JHMDB command of videowalk issue #10", 320, 7, 10, 12, 0.05);
    }

    @Override
    public Evaluator create(ComponentConfig config) {
        FrameInput input = PropagationKeys.input(config);
        if (!input.crops()) {
            throw config.error("crop-size", "must be positive for JHMDB (frames are squashed to a square, as the "
                    + "reference does; -1 is not supported there either)");
        }
        return new JhmdbEvaluator(root(config), config.getString("list"), PropagationKeys.settings(config), input,
                config.getBoolean("reference-bugs"), PropagationKeys.memory(config));
    }

    private static DatasetRoot root(ComponentConfig config) {
        return DatasetRoot.of(config, "a JHMDB root (with the list file)",
                c -> new SyntheticJhmdb(c.getIntAtLeast("synthetic.sequences", 1),
                c.getIntAtLeast("synthetic.frames", 2), c.getIntAtLeast("synthetic.width", 32),
                c.getIntAtLeast("synthetic.height", 32)));
    }
}

package org.jaywalk.plugins.davis.jhmdb;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.eval.Evaluator;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.ListedSequence;
import org.jaywalk.plugins.davis.NumberedFiles;
import org.jaywalk.plugins.davis.PropagationMemory;
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.davis.SequencePropagation;

/**
 * JHMDB pose propagation as in the CRW paper, on a JHMDB root as test.py and eval_pck.py read it (a list file of
 * {@code <frames folder> <joint_positions.mat>} lines, frames the {@code .png} files in number order): each listed sequence's frame-0 joints become heat maps
 * ({@link JointTask}), are propagated with videowalk's label propagation and decoded back to keypoints; PCK is
 * computed over all sequences ({@link Pck}). Writes {@code keypoints.npz} (per sequence {@code [2, J, T]} float32,
 * feature cells, -1 = none: what test.py dumps), {@code pck.csv}, {@code per-sequence_pck.csv}.
 */
public final class JhmdbEvaluator implements Evaluator {

    private final DatasetRoot root;
    private final String list;
    private final PropagationSettings settings;
    private final FrameInput input;
    private final PropagationMemory memory;
    private final boolean referencePck;

    /**
     * @param list the list file, relative to the root
     * @param input must crop (JHMDB frames are squashed to a square as the reference does)
     * @param referencePck whether PCK reproduces eval_pck.py's numbers, bugs included
     */
    public JhmdbEvaluator(DatasetRoot root, String list, PropagationSettings settings, FrameInput input,
                          boolean referencePck) {
        this(root, list, settings, input, referencePck, PropagationMemory.automatic("memory-limit", "video-len"));
    }

    /** @param memory what one sequence's propagation may use */
    public JhmdbEvaluator(DatasetRoot root, String list, PropagationSettings settings, FrameInput input,
                          boolean referencePck,
                          PropagationMemory memory) {
        if (!input.crops()) {
            throw new IllegalArgumentException("JHMDB needs a crop size (the reference squashes frames to a square)");
        }
        this.root = root;
        this.list = list;
        this.settings = settings;
        this.input = input;
        this.memory = memory;
        this.referencePck = referencePck;
    }

    @Override
    public EvaluationResult evaluate(EvaluationContext context) {
        Path out = context.outputDirectory();
        List<ListedSequence> entries = ListedSequence.read(root.prepare(out), list, "JHMDB list",
                "<frames folder> <joint_positions.mat>");
        int mapScale = 320 / context.encoder().outputSize(320);
        Pck global = new Pck(referencePck);
        Map<String, Pck> bySequence = new LinkedHashMap<>();
        Map<String, HostArray> keypoints = new LinkedHashMap<>();
        try (SequencePropagation propagation = SequencePropagation.of(context, settings, input, memory)) {
            for (ListedSequence entry : entries) {
                List<Path> frames = frames(entry.frames());
                try (JointTask task = new JointTask(MatFile.read(entry.labels(), "pos_img"), input.cropSize(), mapScale)) {
                    propagation.run(frames, task, "propagate " + entry.name(), context.progress());
                    PoseSequence scored = task.scored(entry.name(), frames.size());
                    global.add(scored);
                    Pck alone = new Pck(referencePck);
                    alone.add(scored);
                    bySequence.put(entry.name(), alone);
                    keypoints.put(entry.name(), HostArray.ofFloats(new long[] {2, scored.joints(), scored.frames()},
                            flatten(task.keypoints())));
                }
            }
        }
        NpzArchive.write(out.resolve("keypoints.npz"), keypoints);
        PckReport report = new PckReport(global, bySequence);
        report.write(out);
        return new EvaluationResult(PckReport.HEADLINE, report.metrics());
    }

    /** The {@code .png} frames of {@code folder}, ordered by the integer before the first dot of their names. */
    public static List<Path> frames(Path folder) {
        return NumberedFiles.in(folder, name -> name.contains(".png"), "frames");
    }

    private static float[] flatten(float[][][] a) {
        float[] out = new float[a.length * a[0].length * a[0][0].length];
        int i = 0;
        for (float[][] plane : a) {
            for (float[] row : plane) {
                for (float v : row) {
                    out[i++] = v;
                }
            }
        }
        return out;
    }
}

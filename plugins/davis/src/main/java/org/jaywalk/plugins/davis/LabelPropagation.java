package org.jaywalk.plugins.davis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.jaywalk.framework.spi.graph.SessionSettings;

/**
 * videowalk's label propagation ({@code code/test.py} with {@code utils/test_utils.py}), exact but not dense.
 *
 * <p>The reference pads the sequence in front with {@code n = videoLen} copies of frame 0; the keys of frame
 * {@code t} are the long-memory frame (frame 0, all cells) followed by the {@code n} preceding frames of the
 * padded sequence, whose keys count only within the {@link RadiusStencil radius} of the query; affinities are
 * divided by the temperature, the top-k keys per query are kept and softmax-weighted, and the query's soft
 * label is the weighted sum of the keys' soft labels (frame 0's one-hot labels, then the predictions fed back).
 *
 * <p>Here, affinities are computed only where they can matter: the whole long-memory frame is reduced to its
 * own top-k per query (the final top-k can only draw from it), short-term frames contribute their stencil
 * keys only, and a frame repeated in the context (the padding copies of frame 0) is scored once and counted as
 * many times as it occurs; of frame 0's stencil keys, only those among its top-k can matter, unless a key
 * beyond its k-th ties with it ({@link LongMemoryCandidates}). The kept keys and weights are those of the
 * dense-then-mask reference; among exactly equal affinities the reference's order is unspecified, and this
 * one is fixed: candidates are taken in the order frame 0's stencil keys (stencil order, each key's slots
 * together), the rest of frame 0's top-k (best first), then each short-term frame in slot order (stencil
 * order), and of equal affinities the one taken first ranks first.
 *
 * <p>Use: {@link #start} with frame 0, then {@link #next} once per following frame. Only the last
 * {@code videoLen} frames' features and labels are kept.
 */
public final class LabelPropagation implements AutoCloseable {

    /** A context frame: its features in TensorFlow (only the layouts still needed) and its soft labels. */
    private record Frame(FrameTensors tensors, SoftLabels labels) {
    }

    private final PropagationSettings settings;
    private final AffinityGraph affinities;
    private final LongMemoryCandidates longMemory;
    private final int height;
    private final int width;
    private Frame first;
    private final Deque<Frame> recent = new ArrayDeque<>();
    private int t;
    private KeySelection lastSelection;

    /** For feature maps of {@code height x width} cells with {@code channels} channels. */
    public LabelPropagation(PropagationSettings settings, int height, int width, int channels, SessionSettings session) {
        this.settings = settings;
        this.height = height;
        this.width = width;
        this.affinities = new AffinityGraph(height, width, channels, settings.topK(),
                new RadiusStencil(settings.radius()), session);
        this.longMemory = new LongMemoryCandidates(width, settings.radius());
    }

    /** Propagates {@code label0} through {@code features} (frame 0 first); returns one soft label map per frame. */
    public static List<SoftLabels> propagate(PropagationSettings settings, List<FeatureMap> features, SoftLabels label0,
                                             SessionSettings session) {
        FeatureMap f0 = features.get(0);
        try (LabelPropagation p = new LabelPropagation(settings, f0.height(), f0.width(), f0.channels(), session)) {
            List<SoftLabels> out = new ArrayList<>();
            out.add(p.start(f0, label0));
            for (FeatureMap f : features.subList(1, features.size())) {
                out.add(p.next(f));
            }
            return out;
        }
    }

    /** Starts a sequence with frame 0's features and labels; returns the labels of frame 0 (the labels given). */
    public SoftLabels start(FeatureMap features, SoftLabels labels) {
        check(features);
        if (labels.height() != height || labels.width() != width) {
            throw new IllegalArgumentException("first-frame labels are " + labels.height() + "x" + labels.width()
                    + " cells but the features are " + height + "x" + width);
        }
        releaseFrames();
        FrameTensors tensors = affinities.upload(features, false, false);
        first = new Frame(tensors, labels);
        t = 0;
        lastSelection = null;
        return labels;
    }

    /** Propagates to the next frame of the sequence; returns its soft labels. */
    public SoftLabels next(FeatureMap features) {
        if (first == null) {
            throw new IllegalStateException("start(...) must be called with frame 0 first");
        }
        check(features);
        t++;
        int n = settings.contextLength();
        int copiesOfFirst = Math.max(0, Math.min(n, n - t + 1)); // short-term slots showing frame 0
        CandidateTable table = new CandidateTable(height * width, settings.topK());
        FrameTensors current = affinities.upload(features, !recent.isEmpty(), n > 0);
        try {
            MemoryScores memory = affinities.memory(current, first.tensors(), copiesOfFirst > 0);
            longMemory.offer(table, memory, copiesOfFirst);
            int frame = t - recent.size();
            for (Iterator<Frame> it = recent.iterator(); it.hasNext(); frame++) {
                affinities.offerLocal(current, it.next().tensors(), table, frame - t + n + 1, 1);
            }
        } catch (RuntimeException e) {
            current.close();
            throw e;
        }
        KeySelection selection = table.selection(settings.temperature());
        SoftLabels labels = combine(selection, labelsBySlot());
        lastSelection = selection;
        if (n == 0) {
            current.close();
        } else {
            current.keepKeysOnly();
            recent.addLast(new Frame(current, labels));
            if (recent.size() > n) {
                recent.removeFirst().tensors().close();
            }
        }
        return labels;
    }

    /** The keys and weights used for the frame of the last {@link #next} call. */
    public KeySelection lastSelection() {
        return lastSelection;
    }

    /** Each query's soft label: the weighted sum of its keys' soft labels. */
    private SoftLabels combine(KeySelection selection, float[][] bySlot) {
        int labelCount = first.labels().labels();
        int k = selection.k();
        float[] out = new float[height * width * labelCount];
        IntStream.range(0, height * width).parallel().forEach(q -> {
            double[] sum = new double[labelCount];
            for (int i = 0; i < k; i++) {
                float[] keyLabels = bySlot[selection.slots()[q * k + i]];
                int base = selection.cells()[q * k + i] * labelCount;
                double w = selection.weights()[q * k + i];
                for (int l = 0; l < labelCount; l++) {
                    sum[l] += w * keyLabels[base + l];
                }
            }
            for (int l = 0; l < labelCount; l++) {
                out[q * labelCount + l] = (float) sum[l];
            }
        });
        return new SoftLabels(height, width, labelCount, out);
    }

    /** The soft labels of each context slot of the current frame (slot 0 and the padding copies: frame 0). */
    private float[][] labelsBySlot() {
        int n = settings.contextLength();
        float[][] bySlot = new float[n + 1][];
        bySlot[0] = first.labels().data();
        int frame = t - recent.size();
        for (Iterator<Frame> it = recent.iterator(); it.hasNext(); frame++) {
            bySlot[frame - t + n + 1] = it.next().labels().data();
        }
        for (int slot = 1; slot <= n; slot++) {
            if (bySlot[slot] == null) {
                bySlot[slot] = first.labels().data();
            }
        }
        return bySlot;
    }

    private void check(FeatureMap features) {
        if (features.height() != height || features.width() != width) {
            throw new IllegalArgumentException("feature map " + features.shapeText() + " does not match the "
                    + height + "x" + width + " cells of this propagation");
        }
    }

    private void releaseFrames() {
        if (first != null) {
            first.tensors().close();
            first = null;
        }
        while (!recent.isEmpty()) {
            recent.removeFirst().tensors().close();
        }
    }

    @Override
    public void close() {
        releaseFrames();
        affinities.close();
    }
}

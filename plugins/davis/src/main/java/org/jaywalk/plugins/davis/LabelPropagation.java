package org.jaywalk.plugins.davis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>With several long-memory slots ({@code long-mem}) each long-memory frame is handled as frame 0 is: its own
 * top-k plus its stencil keys where it also fills short-term slots; long-memory frames are offered first, in the
 * order of their first slot. With {@code norm-mask} the returned labels are normalized per cell
 * ({@link CellNormalization}), and so are frame 0's long-memory labels, as the reference does it.
 *
 * <p>Use: {@link #start} with frame 0, then {@link #next} once per following frame. Only the last
 * {@code videoLen} frames' features and labels are kept, plus those of the long-memory frames.
 *
 * <p>Affinities, candidates and the labels fed back are in a {@link PropagationPrecision} chosen at construction:
 * float32 as the reference, or float64 for the float64 proof (docs/parity.md), which runs this same code.
 */
public final class LabelPropagation implements AutoCloseable {

    /**
     * A context frame: its index, its features in TensorFlow (only the layouts still needed) and its soft labels
     * ({@code [h, w, L]}, in the run's precision).
     */
    private record Frame(int index, FrameTensors tensors, RealArray labels) {
    }

    private final PropagationSettings settings;
    private final PropagationPrecision precision;
    private final AffinityGraph affinities;
    private final LongMemoryCandidates longMemory;
    private final int height;
    private final int width;
    /** Frame 0 and the later long-memory frames seen so far, by index (their tensors keep every layout). */
    private final Map<Integer, Frame> kept = new HashMap<>();
    /** Frame 0's labels as its long-memory slots show them (normalized with {@code norm-mask}). */
    private RealArray firstLongLabels;
    private int labelCount;
    /** The labels last returned, in the run's precision. */
    private RealArray lastLabels;
    private final Deque<Frame> recent = new ArrayDeque<>();
    private int t;
    private KeySelection lastSelection;

    /** For feature maps of {@code height x width} cells with {@code channels} channels, in float32. */
    public LabelPropagation(PropagationSettings settings, int height, int width, int channels, SessionSettings session) {
        this(settings, height, width, channels, session, PropagationPrecision.FLOAT32);
    }

    /**
     * For feature maps of {@code height x width} cells with {@code channels} channels, computing in
     * {@code precision}; {@link PropagationPrecision#FLOAT64} (the proof) does not cover {@code norm-mask}.
     */
    public LabelPropagation(PropagationSettings settings, int height, int width, int channels, SessionSettings session,
                            PropagationPrecision precision) {
        if (precision != PropagationPrecision.FLOAT32 && settings.normalizeMasks()) {
            throw new IllegalArgumentException("norm-mask is float32 only (the reference normalizes in float32);"
                    + " run the " + precision + " proof without it");
        }
        this.settings = settings;
        this.precision = precision;
        this.height = height;
        this.width = width;
        this.affinities = new AffinityGraph(height, width, channels, settings.topK(),
                new RadiusStencil(settings.radius()), session, precision);
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

    /**
     * Starts a sequence with frame 0's features and labels; returns the labels of frame 0 (the labels given,
     * normalized with {@code norm-mask}).
     */
    public SoftLabels start(FeatureMap features, SoftLabels labels) {
        check(features);
        if (labels.height() != height || labels.width() != width) {
            throw new IllegalArgumentException("first-frame labels are " + labels.height() + "x" + labels.width()
                    + " cells but the features are " + height + "x" + width);
        }
        releaseFrames();
        SoftLabels shown = output(labels);
        kept.put(0, new Frame(0, affinities.upload(features, false, false), new RealArray.Floats(labels.data())));
        firstLongLabels = new RealArray.Floats(shown.data());
        labelCount = labels.labels();
        t = 0;
        lastSelection = null;
        lastLabels = firstLongLabels;
        return shown;
    }

    /** Propagates to the next frame of the sequence; returns its soft labels (normalized with {@code norm-mask}). */
    public SoftLabels next(FeatureMap features) {
        if (kept.isEmpty()) {
            throw new IllegalStateException("start(...) must be called with frame 0 first");
        }
        check(features);
        t++;
        Context context = new Context();
        CandidateTable table = new CandidateTable(height * width, settings.topK());
        FrameTensors current = affinities.upload(features, context.hasShortTermOnly(), settings.contextLength() > 0);
        try {
            for (int frame : context.longFrames()) {
                int[] shortSlots = context.shortSlotsOf(frame);
                MemoryScores memory = affinities.memory(current, kept.get(frame).tensors(), shortSlots.length > 0);
                longMemory.offer(table, memory, context.longSlotsOf(frame), shortSlots);
            }
            for (Frame f : recent) {
                if (!context.isLong(f.index())) {
                    affinities.offerLocal(current, f.tensors(), table, context.shortSlotsOf(f.index()));
                }
            }
        } catch (RuntimeException e) {
            current.close();
            throw e;
        }
        KeySelection selection = table.selection(settings.temperature());
        RealArray labels = combine(selection, context.labelsBySlot());
        lastSelection = selection;
        lastLabels = labels;
        keep(new Frame(t, current, labels));
        return output(new SoftLabels(height, width, labelCount, labels.toFloats()));
    }

    /** Keeps the current frame as a short-term key frame and, if a long-memory slot will show it, for good. */
    private void keep(Frame frame) {
        boolean longLater = settings.longMemory().stream().anyMatch(m -> m > 0 && m + 1 == frame.index());
        if (longLater) {
            kept.put(frame.index(), frame);
        }
        if (settings.contextLength() == 0) {
            if (!longLater) {
                frame.tensors().close();
            }
            return;
        }
        if (!longLater) {
            frame.tensors().keepKeysOnly();
        }
        recent.addLast(frame);
        if (recent.size() > settings.contextLength()) {
            Frame old = recent.removeFirst();
            if (!kept.containsKey(old.index())) {
                old.tensors().close();
            }
        }
    }

    /** The keys and weights used for the frame of the last {@link #next} call. */
    public KeySelection lastSelection() {
        return lastSelection;
    }

    /**
     * The soft labels last returned, {@code [h, w, L]}, as computed: unrounded in the float64 proof (the
     * returned {@link SoftLabels} are rounded to float32). A copy, for tests.
     */
    public double[] lastLabelsExact() {
        double[] out = new double[height * width * labelCount];
        for (int i = 0; i < out.length; i++) {
            out[i] = lastLabels.get(i);
        }
        return out;
    }

    private SoftLabels output(SoftLabels labels) {
        return settings.normalizeMasks() ? CellNormalization.apply(labels) : labels;
    }

    /** Which frame each context slot of the current frame shows: long-memory slots first, then short-term ones. */
    private final class Context {

        private final int[] frameOfSlot;

        Context() {
            int m = settings.longSlots();
            frameOfSlot = new int[m + settings.contextLength()];
            for (int slot = 0; slot < m; slot++) {
                frameOfSlot[slot] = settings.longMemoryFrame(slot, t);
            }
            for (int s = 0; s < settings.contextLength(); s++) {
                frameOfSlot[m + s] = settings.shortTermFrame(s, t);
            }
        }

        /** The frames of the long-memory slots, each once, in the order of their first slot. */
        int[] longFrames() {
            return Arrays.stream(frameOfSlot, 0, settings.longSlots()).distinct().toArray();
        }

        boolean isLong(int frame) {
            return Arrays.stream(frameOfSlot, 0, settings.longSlots()).anyMatch(f -> f == frame);
        }

        /** Whether some short-term slot shows a frame that no long-memory slot shows. */
        boolean hasShortTermOnly() {
            return Arrays.stream(frameOfSlot, settings.longSlots(), frameOfSlot.length).anyMatch(f -> !isLong(f));
        }

        int[] longSlotsOf(int frame) {
            return IntStream.range(0, settings.longSlots()).filter(s -> frameOfSlot[s] == frame).toArray();
        }

        int[] shortSlotsOf(int frame) {
            return IntStream.range(settings.longSlots(), frameOfSlot.length).filter(s -> frameOfSlot[s] == frame)
                    .toArray();
        }

        /** The soft labels each slot shows: frame 0's long-memory labels, else the frame's propagated labels. */
        RealArray[] labelsBySlot() {
            Map<Integer, RealArray> byFrame = new HashMap<>();
            kept.values().forEach(f -> byFrame.put(f.index(), f.labels()));
            recent.forEach(f -> byFrame.put(f.index(), f.labels()));
            RealArray[] bySlot = new RealArray[frameOfSlot.length];
            for (int slot = 0; slot < frameOfSlot.length; slot++) {
                bySlot[slot] = slot < settings.longSlots() && frameOfSlot[slot] == 0 ? firstLongLabels
                        : byFrame.get(frameOfSlot[slot]);
            }
            return bySlot;
        }
    }

    /** Each query's soft label {@code [h, w, L]}: the weighted sum of its keys' soft labels, in double. */
    private RealArray combine(KeySelection selection, RealArray[] bySlot) {
        int k = selection.k();
        RealArray out = precision.newArray(height * width * labelCount);
        IntStream.range(0, height * width).parallel().forEach(q -> {
            double[] sum = new double[labelCount];
            for (int i = 0; i < k; i++) {
                RealArray keyLabels = bySlot[selection.slots()[q * k + i]];
                int base = selection.cells()[q * k + i] * labelCount;
                double w = selection.weights()[q * k + i];
                for (int l = 0; l < labelCount; l++) {
                    sum[l] += w * keyLabels.get(base + l);
                }
            }
            for (int l = 0; l < labelCount; l++) {
                out.set(q * labelCount + l, sum[l]);
            }
        });
        return out;
    }

    private void check(FeatureMap features) {
        if (features.height() != height || features.width() != width) {
            throw new IllegalArgumentException("feature map " + features.shapeText() + " does not match the "
                    + height + "x" + width + " cells of this propagation");
        }
    }

    private void releaseFrames() {
        Set<FrameTensors> open = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.values().forEach(f -> open.add(f.tensors()));
        recent.forEach(f -> open.add(f.tensors()));
        open.forEach(FrameTensors::close);
        kept.clear();
        recent.clear();
    }

    @Override
    public void close() {
        releaseFrames();
        affinities.close();
    }
}

package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.plugins.davis.FeatureMap;
import org.jaywalk.plugins.davis.KeySelection;
import org.jaywalk.plugins.davis.LabelPropagation;
import org.jaywalk.plugins.davis.PropagationPrecision;
import org.jaywalk.plugins.davis.PropagationSettings;
import org.jaywalk.plugins.davis.SoftLabels;

/**
 * {@code labelprop-*}: videowalk's label propagation on given features ({@code test.py}): the propagated soft
 * labels of every frame within {@code tol:pred}, and frame 1's kept keys and weights. Keys are compared as
 * (real frame, cell): the reference's padding slots all show frame 0, and among their exactly equal affinities
 * PyTorch's top-k order is unspecified, so which copy a rank names is arbitrary. Weights are compared rank by
 * rank within 1e-5 (the case file has no tolerance for them). Then the float64 proof: the same propagation code
 * in {@link PropagationPrecision#FLOAT64} (float64 affinity graph, candidates and fed-back labels), held to
 * {@value Precision#FLOAT64_RELATIVE} of the largest expected value for the labels and the weights, with the
 * same keys (docs/parity.md).
 */
public final class LabelpropCaseHandler implements ReferenceCaseHandler {

    private static final double WEIGHT_TOLERANCE = 1e-5;

    @Override
    public String prefix() {
        return "labelprop-";
    }

    /** Checks the case in float32, then the float64 proof of the same code. */
    @Override
    public void check(ReferenceCase c) {
        check(c, Precision.FLOAT32);
        check(c, Precision.FLOAT64);
    }

    private void check(ReferenceCase c, Precision precision) {
        JsonNode s = c.settings();
        List<Integer> longMemory = new ArrayList<>();
        s.get("long_mem").forEach(m -> longMemory.add(m.asInt()));
        PropagationSettings settings = new PropagationSettings(s.get("n_context").asInt(), s.get("topk").asInt(),
                s.get("radius").asDouble(), s.get("temperature").asDouble(), longMemory,
                s.has("norm_mask") && s.get("norm_mask").asBoolean());
        int[] shape = c.shape("feats"); // [C, F, h, w]
        int channels = shape[0];
        int frames = shape[1];
        int h = shape[2];
        int w = shape[3];
        float[] feats = c.floats("feats");
        int labels = c.shape("label0")[2];
        SoftLabels label0 = new SoftLabels(h, w, labels, c.floats("label0"));

        ToleranceReport report = new ToleranceReport(c.name(), precision);
        double[] predicted = new double[frames * h * w * labels];
        PropagationPrecision computed = precision == Precision.FLOAT32 ? PropagationPrecision.FLOAT32
                : PropagationPrecision.FLOAT64;
        try (LabelPropagation propagation = new LabelPropagation(settings, h, w, channels, SessionSettings.defaults(),
                computed)) {
            for (int t = 0; t < frames; t++) {
                FeatureMap f = frame(feats, shape, t);
                SoftLabels out = t == 0 ? propagation.start(f, label0) : propagation.next(f);
                // float32: the labels returned, as the evaluations use them; float64: as computed, unrounded
                double[] values = precision == Precision.FLOAT32 ? Precision.widen(out.data())
                        : propagation.lastLabelsExact();
                System.arraycopy(values, 0, predicted, t * h * w * labels, values.length);
                if (t == 1) {
                    compareSelection(c, propagation.lastSelection(), h * w, settings, precision, report);
                }
            }
        }
        report.maxAbs(c, "pred", predicted);
        report.assertAllWithin();
    }

    /** {@code [C, F, h, w]} -> frame {@code t} as {@code [h, w, C]}. */
    private static FeatureMap frame(float[] feats, int[] shape, int t) {
        int channels = shape[0];
        int frames = shape[1];
        int cells = shape[2] * shape[3];
        float[] data = new float[cells * channels];
        for (int ch = 0; ch < channels; ch++) {
            for (int p = 0; p < cells; p++) {
                data[p * channels + ch] = feats[(ch * frames + t) * cells + p];
            }
        }
        return new FeatureMap(shape[2], shape[3], channels, data);
    }

    /** {@code topk_weights_t1} / {@code topk_index_t1}, both {@code [topk, h*w]}. */
    private static void compareSelection(ReferenceCase c, KeySelection actual, int cells, PropagationSettings settings,
                                         Precision precision, ToleranceReport report) {
        double[] weights = c.doubles("topk_weights_t1");
        double scale = Arrays.stream(weights).map(Math::abs).max().orElse(0);
        double weightTolerance = precision == Precision.FLOAT32 ? WEIGHT_TOLERANCE
                : Precision.FLOAT64_RELATIVE * scale;
        double[] index = c.doubles("topk_index_t1");
        int k = actual.k();
        double weightError = 0;
        int mismatchedQueries = 0;
        List<String> examples = new ArrayList<>();
        for (int q = 0; q < cells; q++) {
            long[] want = new long[k];
            long[] got = new long[k];
            for (int i = 0; i < k; i++) {
                weightError = Math.max(weightError, Math.abs(weights[i * cells + q] - actual.weights()[q * k + i]));
                want[i] = identity((int) index[i * cells + q], cells, settings);
                got[i] = identity(actual.flatIndex(q, i, cells), cells, settings);
            }
            Arrays.sort(want);
            Arrays.sort(got);
            if (!Arrays.equals(want, got)) {
                mismatchedQueries++;
                if (examples.size() < 3) {
                    examples.add("query " + q + ": " + Arrays.toString(got) + " vs " + Arrays.toString(want));
                }
            }
        }
        report.measured("topk_weights_t1", weightError, weightTolerance);
        report.measured("topk_index_t1 (queries with other keys" + (examples.isEmpty() ? "" : ", e.g. " + examples) + ")",
                mismatchedQueries, 0.5);
    }

    /** Frame 1's flat key index as (real frame, cell): every short-term slot of frame 1 shows frame 0. */
    private static long identity(int flat, int cells, PropagationSettings settings) {
        int slot = flat / cells;
        int m = settings.longSlots();
        int frame = slot < m ? settings.longMemoryFrame(slot, 1) : settings.shortTermFrame(slot - m, 1);
        return (long) frame * cells + flat % cells;
    }
}

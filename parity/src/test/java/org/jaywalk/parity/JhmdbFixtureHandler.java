package org.jaywalk.parity;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.plugins.davis.DatasetRoot;
import org.jaywalk.plugins.davis.FrameInput;
import org.jaywalk.plugins.davis.ListedSequence;
import org.jaywalk.plugins.davis.RgbFrame;
import org.jaywalk.plugins.davis.SoftLabels;
import org.jaywalk.plugins.davis.jhmdb.JhmdbEvaluator;
import org.jaywalk.plugins.davis.jhmdb.JointTask;
import org.jaywalk.plugins.davis.jhmdb.MatFile;
import org.jaywalk.plugins.davis.jhmdb.Pck;
import org.jaywalk.plugins.davis.jhmdb.PoseDecoding;
import org.jaywalk.plugins.davis.jhmdb.PoseSequence;

/**
 * {@code jhmdb*} fixtures (JHMDB pose propagation scored by eval_pck.py; see the fixture's README): evaluation alone
 * from the reference's keypoints (every normalized distance to the last bit, PCK per joint and mean), for the data and
 * for {@code corner/}; frame 0's heat maps and the decoding of the reference's propagated maps exactly; and end to end
 * (frames, .mat files, checkpoint): keypoints within 1e-3 cells and PCK within 1e-6. PCK runs with
 * {@code reference-bugs} on, as the reference's numbers need.
 */
public final class JhmdbFixtureHandler implements EvalFixtureHandler {

    private static final double PCK_TOLERANCE = 1e-6;
    private static final double KEYPOINT_TOLERANCE = 1e-3;

    @Override
    public String prefix() {
        return "jhmdb";
    }

    @Override
    public void check(Path dir) throws Exception {
        FixtureFiles f = new FixtureFiles(dir);
        ToleranceReport report = new ToleranceReport(dir.getFileName().toString());
        Map<String, float[]> coords = new LinkedHashMap<>();
        Path data = dir.resolve("data");
        for (ListedSequence e : entries(data)) {
            coords.put(e.name(), f.array(e.name() + ":coords").floats());
        }
        scoreAlone(f, "propagation", data, f.arrays("reference.npz"), report);
        if (Files.isDirectory(dir.resolve("corner"))) {
            scoreAlone(f, "corner", dir.resolve("corner/data"), f.arrays("corner/reference.npz"), report);
        }
        checkLabelsAndDecoding(f, data, report);
        endToEnd(f, data, coords, report);
        report.assertAllWithin();
    }

    /** PCK from the reference's keypoints: dnorm of every entry exactly, PCK within 1e-6. */
    private static void scoreAlone(FixtureFiles f, String part, Path layout, Map<String, HostArray> arrays,
                                   ToleranceReport report) {
        Pck pck = new Pck(true);
        int dnormMismatches = 0;
        for (ListedSequence e : entries(layout)) {
            PoseSequence s = sequence(e, arrays.get(e.name() + ":coords").floats());
            double[][] dnorm = pck.add(s);
            double[] want = arrays.get(e.name() + ":dnorm").doubles();
            for (int j = 0; j < s.joints(); j++) {
                for (int k = 0; k < s.frames(); k++) {
                    dnormMismatches += Double.compare(want[j * s.frames() + k], dnorm[j][k]) == 0 ? 0 : 1;
                }
            }
        }
        report.measured(part + " dnorm (entries not equal to the last bit)", dnormMismatches, 0.5);
        comparePck(f.expected().get(part).get("pck"), pck, part, report);
    }

    private static void comparePck(JsonNode expected, Pck pck, String part, ToleranceReport report) {
        double worst = 0;
        for (double alpha : Pck.THRESHOLDS) {
            JsonNode e = expected.get(Double.toString(alpha));
            worst = Math.max(worst, Math.abs(e.get("mean").asDouble() - pck.mean(alpha)));
            double[] perJoint = pck.perJoint(alpha);
            for (int j = 0; j < perJoint.length; j++) {
                worst = Math.max(worst, Math.abs(e.get("per_joint").get(j).asDouble() - perJoint[j]));
            }
        }
        report.measured(part + " PCK (mean and per joint, all thresholds)", worst, PCK_TOLERANCE);
    }

    /** Frame 0's heat maps equal {@code label0}; decoding {@code pred} gives {@code coords} exactly. */
    private static void checkLabelsAndDecoding(FixtureFiles f, Path data, ToleranceReport report) {
        int labelMismatches = 0;
        int coordMismatches = 0;
        for (ListedSequence e : entries(data)) {
            HostArray label0 = f.array(e.name() + ":label0");
            int h = (int) label0.shape()[0];
            int w = (int) label0.shape()[1];
            int channels = (int) label0.shape()[2];
            List<Path> frames = JhmdbEvaluator.frames(e.frames());
            JointTask task = new JointTask(MatFile.read(e.labels(), "pos_img"), f.crop(), f.crop() / w);
            SoftLabels drawn = task.firstLabels(RgbFrame.read(frames.get(0)), frames.get(0), h, w);
            labelMismatches += FixtureFiles.mismatches(label0.floats(), drawn.data());
            float[] pred = f.array(e.name() + ":pred").floats();
            float[] coords = f.array(e.name() + ":coords").floats();
            int cells = h * w * channels;
            int frameCount = frames.size();
            int joints = channels - 1;
            for (int t = 0; t < frameCount; t++) {
                float[] maps = java.util.Arrays.copyOfRange(pred, t * cells, (t + 1) * cells);
                float[][] xy = PoseDecoding.decode(new SoftLabels(h, w, channels, maps));
                for (int r = 0; r < 2; r++) {
                    for (int j = 0; j < joints; j++) {
                        coordMismatches += Float.compare(coords[(r * joints + j) * frameCount + t], xy[r][j]) == 0 ? 0 : 1;
                    }
                }
            }
        }
        report.measured("label0 (values not equal)", labelMismatches, 0.5);
        report.measured("keypoints decoded from pred (values not equal)", coordMismatches, 0.5);
    }

    /** The whole evaluation on the fixture's data with its checkpoint. */
    private static void endToEnd(FixtureFiles f, Path data, Map<String, float[]> coords, ToleranceReport report)
            throws Exception {
        Path out = Files.createTempDirectory("jhmdb-fixture");
        JhmdbEvaluator evaluator = new JhmdbEvaluator(DatasetRoot.at(data), "jhmdb_testlist.txt", f.propagation(),
                new FrameInput(f.crop(), true), true);
        EvaluationResult result = evaluator.evaluate(f.context(out));
        Map<String, HostArray> keypoints = NpzArchive.readAll(out.resolve("keypoints.npz"));
        double worst = 0;
        for (Map.Entry<String, float[]> e : coords.entrySet()) {
            float[] got = keypoints.get(e.getKey()).floats();
            for (int i = 0; i < got.length; i++) {
                worst = Math.max(worst, Math.abs(got[i] - e.getValue()[i]));
            }
        }
        report.measured("end-to-end keypoints (cells)", worst, KEYPOINT_TOLERANCE);
        JsonNode pck = f.expected().get("propagation").get("pck");
        double pckError = 0;
        for (double alpha : Pck.THRESHOLDS) {
            pckError = Math.max(pckError, Math.abs(pck.get(Double.toString(alpha)).get("mean").asDouble()
                    - result.metrics().get("PCK@" + alpha)));
        }
        report.measured("end-to-end PCK", pckError, PCK_TOLERANCE);
    }

    private static List<ListedSequence> entries(Path root) {
        return ListedSequence.read(root, "jhmdb_testlist.txt", "JHMDB list", "<frames> <mat>");
    }

    /** The sequence of a list entry with the reference's keypoints {@code [2, J, T]}. */
    private static PoseSequence sequence(ListedSequence e, float[] coords) {
        var positions = MatFile.read(e.labels(), "pos_img");
        int joints = positions.dimensions()[1];
        int frames = positions.dimensions()[2];
        double[][][] truth = new double[2][joints][frames];
        float[][][] predicted = new float[2][joints][frames];
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < joints; j++) {
                for (int k = 0; k < frames; k++) {
                    truth[r][j][k] = positions.get(r, j, k) - 1;
                    predicted[r][j][k] = coords[(r * joints + j) * frames + k];
                }
            }
        }
        RgbFrame first = RgbFrame.read(e.frames().resolve("00001.png"));
        return new PoseSequence(e.name(), truth, predicted, first.width(), first.height(), 40, 40);
    }
}

package org.jaywalk.plugins.davis.jhmdb;

import java.nio.file.Path;
import org.jaywalk.plugins.davis.DavisDataException;
import org.jaywalk.plugins.davis.RgbFrame;
import org.jaywalk.plugins.davis.SequenceTask;
import org.jaywalk.plugins.davis.SoftLabels;

/**
 * One JHMDB sequence: frame 0's joints ({@code pos_img} of its {@code joint_positions.mat}) as {@link JointHeatmaps}
 * on the feature grid, and every frame's propagated maps decoded to keypoints ({@link PoseDecoding}). Joint
 * coordinates reach the grid as {@code data/jhmdb.py} scales them: {@code (pos_img - 1) * crop / W / mapScale}.
 */
public final class JointTask implements SequenceTask {

    private final MatArray positions;
    private final int crop;
    private final int mapScale;
    private float[][][] keypoints;
    private int width;
    private int height;
    private int gridWidth;
    private int gridHeight;

    /**
     * @param positions {@code pos_img}, {@code [2, J, T]}, 1-based pixels
     * @param crop the input side the frames are squashed to
     * @param mapScale input pixels per feature cell ({@code test_utils.infer_downscale})
     */
    public JointTask(MatArray positions, int crop, int mapScale) {
        if (positions.dimensions().length != 3 || positions.dimensions()[0] != 2) {
            throw new DavisDataException(positions.name() + " must be [2, joints, frames], got "
                    + java.util.Arrays.toString(positions.dimensions()));
        }
        this.positions = positions;
        this.crop = crop;
        this.mapScale = mapScale;
    }

    @Override
    public SoftLabels firstLabels(RgbFrame frame0, Path file0, int h, int w) {
        width = frame0.width();
        height = frame0.height();
        gridWidth = w;
        gridHeight = h;
        int joints = positions.dimensions()[1];
        double[] x = new double[joints];
        double[] y = new double[joints];
        for (int j = 0; j < joints; j++) {
            x[j] = (positions.get(0, j, 0) - 1) * crop / width / mapScale;
            y[j] = (positions.get(1, j, 0) - 1) * crop / height / mapScale;
        }
        return JointHeatmaps.draw(x, y, h, w);
    }

    @Override
    public void accept(int t, Path file, RgbFrame frame, SoftLabels labels) {
        float[][] xy = PoseDecoding.decode(labels);
        if (keypoints == null) {
            keypoints = new float[2][xy[0].length][frames()];
        }
        if (t >= frames()) {
            return; // frames beyond the joint positions are not scored (eval_pck.py loops over the ground truth)
        }
        for (int j = 0; j < xy[0].length; j++) {
            keypoints[0][j][t] = xy[0][j];
            keypoints[1][j][t] = xy[1][j];
        }
    }

    /** Frames with joint positions. */
    public int frames() {
        return positions.dimensions()[2];
    }

    /**
     * The sequence for scoring: ground truth {@code pos_img - 1} and the keypoints, for the frames with joint positions
     * (frames beyond them are propagated but not scored; fewer frames than positions is an error).
     */
    public PoseSequence scored(String name, int propagatedFrames) {
        if (propagatedFrames < frames()) {
            throw new DavisDataException(name + ": " + propagatedFrames + " frames but joint positions for " + frames()
                    + " (every frame with joint positions is scored)");
        }
        int joints = positions.dimensions()[1];
        double[][][] truth = new double[2][joints][frames()];
        for (int r = 0; r < 2; r++) {
            for (int j = 0; j < joints; j++) {
                for (int k = 0; k < frames(); k++) {
                    truth[r][j][k] = positions.get(r, j, k) - 1;
                }
            }
        }
        return new PoseSequence(name, truth, keypoints, width, height, gridWidth, gridHeight);
    }

    /** The keypoints, {@code [2][J][T]} in feature cells (-1: none). */
    public float[][][] keypoints() {
        return keypoints;
    }

    @Override
    public void close() {
    }
}

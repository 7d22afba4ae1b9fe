package org.jaywalk.plugins.davis.jhmdb;

/**
 * One sequence's joints for scoring: the ground truth in 0-based pixels, the predicted keypoints in feature cells
 * ({@code -1} = no prediction), and the sizes that relate them.
 *
 * @param name the sequence, for tables
 * @param truth {@code [2][J][T]}: x and y of each joint in each frame, 0-based pixels ({@code pos_img - 1})
 * @param predicted {@code [2][J][T]}: the same in feature cells
 * @param width the frames' width in pixels
 * @param height the frames' height in pixels
 * @param gridWidth feature columns the predictions are counted in
 * @param gridHeight feature rows
 */
public record PoseSequence(String name, double[][][] truth, float[][][] predicted, int width, int height,
                           int gridWidth, int gridHeight) {

    public PoseSequence {
        if (truth[0].length != predicted[0].length || truth[0][0].length != predicted[0][0].length) {
            throw new IllegalArgumentException(name + ": ground truth has " + truth[0].length + " joints in "
                    + truth[0][0].length + " frames, the prediction " + predicted[0].length + " in "
                    + predicted[0][0].length);
        }
    }

    public int joints() {
        return truth[0].length;
    }

    public int frames() {
        return truth[0][0].length;
    }
}

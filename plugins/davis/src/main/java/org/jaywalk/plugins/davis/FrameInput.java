package org.jaywalk.plugins.davis;

/**
 * How a frame becomes the encoder's input and its features, as videowalk's loaders and {@code test.py} do it:
 * at its own size ({@code cropSize = -1}) or squashed to {@code cropSize x cropSize} (the aspect ratio is not kept:
 * {@code cv2.resize}, linear, of the [0, 1] float image), ImageNet-normalized; features L2-normalized over
 * channels unless {@code --no-l2}.
 *
 * @param cropSize the side of the square input, or -1 for the frame's own size ({@code --cropSize})
 * @param l2Normalize whether features are L2-normalized over channels (test.py unless {@code --no-l2})
 */
public record FrameInput(int cropSize, boolean l2Normalize) {

    /** Frames at their own size, features L2-normalized (videowalk's DAVIS command). */
    public static final FrameInput NATIVE = new FrameInput(-1, true);

    public FrameInput {
        if (cropSize == 0 || cropSize < -1) {
            throw new IllegalArgumentException("crop size must be positive or -1 (the frame's own size), got " + cropSize);
        }
    }

    /** Whether frames are resized. */
    public boolean crops() {
        return cropSize > 0;
    }

    /** The input width for frames {@code frameWidth} pixels wide. */
    public int width(int frameWidth) {
        return crops() ? cropSize : frameWidth;
    }

    /** The input height for frames {@code frameHeight} rows high. */
    public int height(int frameHeight) {
        return crops() ? cropSize : frameHeight;
    }

    /** The encoder's input for {@code frame}: {@code [height, width, 3]}, ImageNet-normalized. */
    public float[] of(RgbFrame frame) {
        if (!crops()) {
            return frame.normalized();
        }
        float[] unit = frame.unit();
        float[] resized = OpenCvLinearResize.resize(unit, frame.height(), frame.width(), 3, cropSize, cropSize);
        return RgbFrame.normalize(resized);
    }
}

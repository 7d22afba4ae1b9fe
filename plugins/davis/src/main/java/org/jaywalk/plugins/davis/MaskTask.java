package org.jaywalk.plugins.davis;

import java.nio.file.Path;

/**
 * DAVIS-style object masks through a video: frame 0's indexed-PNG mask made one-hot over its {@link LabelSet} (after
 * a nearest-neighbour resize to the input crop, if any) and resized to the feature grid; each later frame's soft
 * labels resized to the frame's own size and reduced to labels, written as {@code <masks>/<frame>.png} plus the
 * {@link Overlays} asked for. Frame 0's output is the given mask itself (with {@code texture}, its stripes).
 */
public final class MaskTask implements SequenceTask {

    private final Path firstMask;
    private final FrameInput input;
    private final boolean texture;
    private final SequenceOutputs outputs;
    private LabelImage mask0;
    private LabelSet labels;

    /**
     * @param firstMask frame 0's indexed-PNG mask
     * @param masks where {@code <frame name>.png} masks go
     * @param overlays the overlays to write, in their folder
     */
    public MaskTask(Path firstMask, FrameInput input, Path masks, Overlays overlays) {
        this(firstMask, input, false, masks, overlays);
    }

    /** With {@code texture}, frame 0's objects become {@link Texture} stripes, written as labels 1, 2, ... */
    public MaskTask(Path firstMask, FrameInput input, boolean texture, Path masks, Overlays overlays) {
        this.firstMask = firstMask;
        this.input = input;
        this.texture = texture;
        this.outputs = new SequenceOutputs(masks, overlays);
    }

    @Override
    public SoftLabels firstLabels(RgbFrame frame0, Path file0, int h, int w) {
        mask0 = MaskPng.read(firstMask);
        if (mask0.width() != frame0.width() || mask0.height() != frame0.height()) {
            throw new DavisDataException("first-frame mask " + firstMask + " is " + mask0.sizeText() + " but frame "
                    + file0 + " is " + frame0.sizeText());
        }
        labels = LabelSet.of(mask0);
        LabelImage atInput = input.crops() ? NearestResize.resize(mask0, input.cropSize(), input.cropSize()) : mask0;
        SoftLabels encoded = labels.encode(atInput, h, w);
        if (!texture) {
            return encoded;
        }
        SoftLabels stripes = Texture.stripes(encoded);
        labels = LabelSet.indices(stripes.labels());
        return stripes;
    }

    @Override
    public void accept(int t, Path file, RgbFrame frame, SoftLabels soft) {
        LabelImage mask = t == 0 && !texture ? mask0 : labels.decode(soft, frame.width(), frame.height());
        outputs.write(DavisLayout.stem(file), frame, mask);
    }

    @Override
    public void close() {
        outputs.close();
    }
}

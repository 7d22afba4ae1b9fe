package org.jaywalk.plugins.davis.vip;

import java.nio.file.Path;
import org.jaywalk.plugins.davis.DavisDataException;
import org.jaywalk.plugins.davis.DavisLayout;
import org.jaywalk.plugins.davis.LabelImage;
import org.jaywalk.plugins.davis.LabelSet;
import org.jaywalk.plugins.davis.MaskPng;
import org.jaywalk.plugins.davis.NearestResize;
import org.jaywalk.plugins.davis.OpenCvLinearResize8U;
import org.jaywalk.plugins.davis.RgbFrame;
import org.jaywalk.plugins.davis.SequenceTask;
import org.jaywalk.plugins.davis.SoftLabels;

/**
 * One VIP video: frame 0's part labels resized to the {@code crop x crop} input (nearest-neighbour, or with
 * {@code referenceBugs} bilinearly in 8 bits as {@code vos.py} actually does, which invents labels at part
 * boundaries), made one-hot over the labels present (the {@link LabelSet}) and resized to the feature grid; every
 * frame's soft labels resized to {@code crop x crop}, reduced to labels and written as
 * {@code <masks>/<frame>.png} (8-bit greyscale, value = label), frame 0 included, as test.py writes them.
 */
public final class PartTask implements SequenceTask {

    private final Path firstLabels;
    private final int crop;
    private final boolean referenceBugs;
    private final Path masks;
    private LabelImage resized0;
    private LabelSet labels;

    /**
     * @param firstLabels frame 0's label PNG (greyscale values, or palette indices)
     * @param masks the video's output folder
     */
    public PartTask(Path firstLabels, int crop, boolean referenceBugs, Path masks) {
        this.firstLabels = firstLabels;
        this.crop = crop;
        this.referenceBugs = referenceBugs;
        this.masks = masks;
    }

    @Override
    public SoftLabels firstLabels(RgbFrame frame0, Path file0, int h, int w) {
        LabelImage original = MaskPng.read(firstLabels);
        if (original.width() != frame0.width() || original.height() != frame0.height()) {
            throw new DavisDataException("labels " + firstLabels + " are " + original.sizeText() + " but frame " + file0
                    + " is " + frame0.sizeText());
        }
        resized0 = referenceBugs ? OpenCvLinearResize8U.resize(original, crop, crop)
                : NearestResize.resize(original, crop, crop);
        labels = LabelSet.of(resized0);
        return labels.encode(resized0, h, w);
    }

    @Override
    public void accept(int t, Path file, RgbFrame frame, SoftLabels soft) {
        MaskPng.writeGray(masks.resolve(DavisLayout.stem(file) + ".png"), labels.decode(soft, crop, crop));
    }

    /** Frame 0's labels at the input size (after {@link #firstLabels}). */
    public LabelImage resizedFirstLabels() {
        return resized0;
    }

    /** The propagated labels, in channel order (after {@link #firstLabels}). */
    public LabelSet labelSet() {
        return labels;
    }

    @Override
    public void close() {
    }
}

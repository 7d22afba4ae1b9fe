package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Where one video's results go: {@code <masks>/<frame>.png} indexed masks and, when an overlay folder is given,
 * {@code <overlays>/<frame>.png} blends plus the animation {@code <overlays>.gif} beside that folder.
 */
final class SequenceOutputs implements AutoCloseable {

    private final Path masks;
    private final Path overlays;
    private final OverlayAnimation animation;

    /** @param overlays the overlay folder, or {@code null} for masks only */
    SequenceOutputs(Path masks, Path overlays) {
        this.masks = masks;
        this.overlays = overlays;
        this.animation = overlays == null ? null
                : new OverlayAnimation(overlays.resolveSibling(overlays.getFileName() + ".gif"));
    }

    /** Writes the outputs of one frame, named {@code <name>.png}. */
    void write(String name, RgbFrame frame, LabelImage mask) {
        MaskPng.write(masks.resolve(name + ".png"), mask);
        if (overlays != null) {
            BufferedImage overlay = Overlay.blend(frame, mask);
            ImageFiles.writePng(overlays.resolve(name + ".png"), overlay);
            animation.add(overlay);
        }
    }

    @Override
    public void close() {
        if (animation != null) {
            animation.close();
        }
    }
}

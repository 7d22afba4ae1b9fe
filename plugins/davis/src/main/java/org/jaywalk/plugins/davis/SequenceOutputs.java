package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Where one video's results go: {@code <masks>/<frame>.png} indexed masks and the {@link Overlays} asked for:
 * {@code <overlays>/<frame>.png} blends plus the animation {@code <overlays>.gif}, and the video {@code <overlays>.mp4}.
 * Nothing is created before the first frame is written (a propagation refused beforehand leaves no files).
 */
final class SequenceOutputs implements AutoCloseable {

    private final Path masks;
    private final Overlays overlays;
    private OverlayAnimation animation;
    private OverlayVideo video;

    SequenceOutputs(Path masks, Overlays overlays) {
        this.masks = masks;
        this.overlays = overlays;
    }

    /** Writes the outputs of one frame, named {@code <name>.png}. */
    void write(String name, RgbFrame frame, LabelImage mask) {
        MaskPng.write(masks.resolve(name + ".png"), mask);
        if (!overlays.any()) {
            return;
        }
        BufferedImage overlay = Overlay.blend(frame, mask);
        if (overlays.images()) {
            if (animation == null) {
                animation = new OverlayAnimation(overlays.gifFile());
            }
            ImageFiles.writePng(overlays.folder().resolve(name + ".png"), overlay);
            animation.add(overlay);
        }
        if (overlays.video()) {
            if (video == null) {
                video = new OverlayVideo(overlays.mp4File(), overlays.fps());
            }
            video.add(overlay);
        }
    }

    @Override
    public void close() {
        try (OverlayVideo v = video) {
            if (animation != null) {
                animation.close();
            }
        }
    }
}

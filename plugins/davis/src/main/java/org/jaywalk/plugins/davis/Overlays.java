package org.jaywalk.plugins.davis;

import java.nio.file.Path;

/**
 * The pictures of a video's propagated masks written for people to look at, beside the masks: the frames with the
 * masks blended on them ({@link Overlay}) as {@code <folder>/<frame>.png} plus their animation {@code <folder>.gif}
 * ({@code images}), and as the MP4 video {@code <folder>.mp4} at {@code fps} frames per second ({@code video}).
 *
 * @param folder the overlay folder of one video; may be {@code null} in settings that are placed {@link #in} a folder
 *               per video
 */
public record Overlays(Path folder, boolean images, boolean video, double fps) {

    /** The video's default frame rate: the pace of the GIF. */
    public static final double DEFAULT_FPS = 12;

    public Overlays {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("the overlay video's frame rate must be positive, got " + fps);
        }
    }

    /** No overlays. */
    public static Overlays none() {
        return new Overlays(null, false, false, DEFAULT_FPS);
    }

    /** Overlay PNGs and the GIF in {@code folder}, no video. */
    public static Overlays images(Path folder) {
        return new Overlays(folder, true, false, DEFAULT_FPS);
    }

    /** The same overlays for the video whose overlay folder is {@code folder}. */
    public Overlays in(Path folder) {
        return new Overlays(folder, images, video, fps);
    }

    /** True when something is written. */
    public boolean any() {
        return images || video;
    }

    /** {@code <folder>.gif}. */
    Path gifFile() {
        return beside(".gif");
    }

    /** {@code <folder>.mp4}. */
    Path mp4File() {
        return beside(".mp4");
    }

    private Path beside(String extension) {
        return folder.resolveSibling(folder.getFileName() + extension);
    }
}

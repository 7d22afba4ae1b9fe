package org.jaywalk.plugins.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.image.RgbImage;

/** Reads folders of JPEG frames (videowalk's {@code VideoList} data) with ImageIO. */
record FrameFolderReader(Set<String> extensions) implements FrameReader {

    @Override
    public VideoMetadata probe(Path folder) throws IOException {
        int frames = FrameFiles.list(folder, extensions).size();
        if (frames == 0) {
            throw new IOException("no frames with extension " + extensions + " in " + folder);
        }
        return VideoMetadata.ofFrameFolder(frames);
    }

    @Override
    public RgbImage[] read(Path folder, VideoMetadata metadata, int[] frames) throws IOException {
        List<Path> files = FrameFiles.list(folder, extensions);
        RgbImage[] images = new RgbImage[frames.length];
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] >= files.size()) {
                throw new IOException("frame " + frames[i] + " of " + folder + ", which has " + files.size());
            }
            images[i] = i > 0 && frames[i] == frames[i - 1] ? images[i - 1] : decode(files.get(frames[i]));
        }
        return images;
    }

    private static RgbImage decode(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not a readable image: " + file);
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[3 * w * h];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(w, h, rgb);
    }
}

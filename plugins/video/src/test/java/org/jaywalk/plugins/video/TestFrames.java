package org.jaywalk.plugins.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes frame folders of JPEG images that show their frame number as {@link TestVideos} frames do. */
final class TestFrames {

    private TestFrames() {
    }

    /** {@code frames} JPEG frames {@code 00001.jpg, ...} (frame i shows i) in {@code folder}. */
    static void writeFolder(Path folder, int width, int height, int frames) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < frames; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int bar = x * 10 / width;
                    int v = y < height / 2 ? (((i >> bar) & 1) == 1 ? 255 : 0) : (x * 3 + y) & 0xFF;
                    image.setRGB(x, y, v << 16 | v << 8 | v);
                }
            }
            ImageIO.write(image, "jpg", folder.resolve(String.format("%05d.jpg", i + 1)).toFile());
        }
    }
}

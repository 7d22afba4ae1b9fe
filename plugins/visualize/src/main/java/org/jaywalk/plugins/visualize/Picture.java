package org.jaywalk.plugins.visualize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;

/**
 * One finished view of a logged step.
 *
 * @param name e.g. {@code pca}: the TensorBoard tag under {@code visualize/} and the PNG file's name
 */
record Picture(String name, BufferedImage image) {

    /** The pixels as {@code [H, W, 3]} uint8, for {@code TensorBoard.image}. */
    HostArray rgb() {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] bytes = new byte[h * w * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int i = (y * w + x) * 3;
                bytes[i] = (byte) (rgb >> 16);
                bytes[i + 1] = (byte) (rgb >> 8);
                bytes[i + 2] = (byte) rgb;
            }
        }
        return new HostArray(DType.UINT8, new long[] {h, w, 3}, bytes);
    }

    /** Writes {@code <folder>/<name>.png}, creating the folder. */
    Path writePng(Path folder) {
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer in this Java runtime");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

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
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] bytes = new byte[pixels.length * 3];
        for (int i = 0; i < pixels.length; i++) {
            bytes[3 * i] = (byte) (pixels[i] >> 16);
            bytes[3 * i + 1] = (byte) (pixels[i] >> 8);
            bytes[3 * i + 2] = (byte) pixels[i];
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

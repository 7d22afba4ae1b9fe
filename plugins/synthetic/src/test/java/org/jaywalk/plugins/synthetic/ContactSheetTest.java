package org.jaywalk.plugins.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Debug utility, not a check: writes a PNG contact sheet to look at. One row per clip: its T raw frames,
 * then each frame's patches as the model gets them (de-normalized, tiled on their grid). Run with
 * {@code -Djaywalk.contact-sheet=/tmp/synthetic.png [-Djaywalk.contact-sheet.config="frame-size = 128"]}.
 */
class ContactSheetTest {

    private static final int CLIPS = 6;
    private static final int GAP = 4;

    @Test
    @EnabledIfSystemProperty(named = "jaywalk.contact-sheet", matches = ".+")
    void write() throws IOException {
        SyntheticDataset dataset = Datasets.create(System.getProperty("jaywalk.contact-sheet.config", ""), 1);
        File file = new File(System.getProperty("jaywalk.contact-sheet"));
        ImageIO.write(sheet(dataset), "png", file);
        assertTrue(file.isFile());
    }

    static BufferedImage sheet(SyntheticDataset dataset) {
        ClipShape shape = dataset.shape();
        int frameSize = (int) Math.sqrt(dataset.frame(0, 0).length / 3);
        int side = (int) Math.round(Math.sqrt(shape.nodes()));
        int mosaic = side * (shape.height() + 1);
        int cell = Math.max(frameSize, mosaic) + GAP;
        BufferedImage image = new BufferedImage(2 * shape.frames() * cell, CLIPS * cell, BufferedImage.TYPE_INT_RGB);
        Batch batch = dataset.batch(0, 0);
        for (int b = 0; b < Math.min(CLIPS, shape.batchSize()); b++) {
            ClipSource source = dataset.source(0, dataset.clipIndex(0, b));
            for (int t = 0; t < shape.frames(); t++) {
                float[] frame = dataset.frame(source.video(), dataset.videoFrame(source, t));
                draw(image, frame, 0, frameSize, t * cell, b * cell, false);
                drawPatches(image, batch, b, t, side, (shape.frames() + t) * cell, b * cell);
            }
        }
        return image;
    }

    private static void drawPatches(BufferedImage image, Batch batch, int b, int t, int side, int x0, int y0) {
        ClipShape shape = batch.shape();
        int p = shape.height();
        int patchElements = 3 * p * p;
        for (int n = 0; n < shape.nodes(); n++) {
            int offset = ((b * shape.frames() + t) * shape.nodes() + n) * patchElements;
            draw(image, batch.data(), offset, p, x0 + (n % side) * (p + 1), y0 + (n / side) * (p + 1), true);
        }
    }

    /** Draws the image {@code [3, size, size]} at {@code offset} of {@code data}, de-normalizing if asked. */
    private static void draw(BufferedImage image, float[] data, int offset, int size, int x0, int y0,
                             boolean normalized) {
        int plane = size * size;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float v = data[offset + c * plane + y * size + x];
                    if (normalized) {
                        v = v * Normalization.STD[c] + Normalization.MEAN[c];
                    }
                    rgb = (rgb << 8) | Math.max(0, Math.min(255, Math.round(v * 255)));
                }
                image.setRGB(x0 + x, y0 + y, rgb);
            }
        }
    }
}

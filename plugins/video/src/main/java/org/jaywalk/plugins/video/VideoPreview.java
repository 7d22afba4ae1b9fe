package org.jaywalk.plugins.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.image.CropBox;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.io.AtomicFiles;
import org.jaywalk.framework.spi.ComponentConfig;

/**
 * {@code jaywalk data preview CONFIG}: a PNG contact sheet of the first clips of epoch 0, exactly as the model gets
 * them. One row per clip; for every frame: the decoded frame, the frame after the frame transforms with the
 * jittered patch boxes outlined, and the patches (de-normalized) on their grid.
 */
public final class VideoPreview {

    private static final int GAP = 4;
    private static final int ROW_GAP = 12;
    private static final Color[] BOX_COLOURS = {Color.RED, Color.GREEN, Color.CYAN, Color.YELLOW, Color.MAGENTA};

    private VideoPreview() {
    }

    /**
     * Writes the sheet of {@code clips} clips to {@code png}.
     *
     * @return one line per row naming its clip, e.g. {@code row 1: abseiling/x.mp4, clip 17, frames [68, 71, 75, 79]}
     */
    public static List<String> write(String type, ComponentConfig block, Path png, int clips) throws IOException {
        VideoDatasetConfig config = DatasetBlock.settings(type, block);
        try (VideoDataset dataset = VideoDataset.open(config, block.seed(), IndexProgress.NONE)) {
            ClipMaker maker = dataset.maker();
            int rows = Math.min(clips, dataset.batchesPerEpoch() * dataset.shape().batchSize());
            List<String> legend = new ArrayList<>();
            List<BufferedImage> rowImages = new ArrayList<>();
            for (int position = 0; position < rows; position++) {
                VideoClips.ClipLocation location = maker.clips().locate(maker.clipFor(0, position, 0));
                legend.add("row " + (position + 1) + ": " + maker.videos().get(location.video()).source().key()
                        + ", clip " + location.clip() + ", frames "
                        + Arrays.toString(maker.clips().frames(location.video(), location.clip())));
                rowImages.add(row(maker, maker.decode(location), maker.augmentationRandom(0, position, 0)));
            }
            BufferedImage sheet = stack(rowImages);
            AtomicFiles.write(png, out -> ImageIO.write(sheet, "png", out));
            return legend;
        }
    }

    /** One clip: its frames' three panels side by side, drawing from {@code rng} as the batch does. */
    private static BufferedImage row(ClipMaker maker, RgbImage[] frames, SplittableRandom rng) {
        ClipAugmentation augmentation = maker.augmentation();
        int p = augmentation.patchSize();
        int columns = augmentation.grid().columns();
        int gridRows = augmentation.nodes() / columns;
        List<BufferedImage> panels = new ArrayList<>();
        for (RgbImage frame : frames) {
            RgbImage sized = augmentation.transformFrame(frame, rng);
            float[] patches = new float[augmentation.frameElements()];
            CropBox[] boxes = augmentation.writePatches(sized, rng, patches, 0);
            panels.add(scaledToHeight(toImage(frame), sized.height()));
            panels.add(withBoxes(toImage(sized), boxes));
            BufferedImage mosaic = new BufferedImage(columns * (p + 1), gridRows * (p + 1), BufferedImage.TYPE_INT_RGB);
            for (int n = 0; n < augmentation.nodes(); n++) {
                drawPatch(mosaic, patches, n * 3 * p * p, p, (n % columns) * (p + 1), (n / columns) * (p + 1));
            }
            panels.add(mosaic);
        }
        int width = panels.stream().mapToInt(i -> i.getWidth() + GAP).sum();
        int height = panels.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
        BufferedImage row = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = row.createGraphics();
        int x = 0;
        for (BufferedImage panel : panels) {
            g.drawImage(panel, x, 0, null);
            x += panel.getWidth() + GAP;
        }
        g.dispose();
        return row;
    }

    private static BufferedImage stack(List<BufferedImage> rows) {
        int width = rows.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int height = rows.stream().mapToInt(r -> r.getHeight() + ROW_GAP).sum();
        BufferedImage sheet = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        int y = 0;
        for (BufferedImage row : rows) {
            g.drawImage(row, 0, y, null);
            y += row.getHeight() + ROW_GAP;
        }
        g.dispose();
        return sheet;
    }

    private static BufferedImage withBoxes(BufferedImage image, CropBox[] boxes) {
        Graphics2D g = image.createGraphics();
        for (int n = 0; n < boxes.length; n++) {
            g.setColor(BOX_COLOURS[n % BOX_COLOURS.length]);
            g.drawRect(boxes[n].left(), boxes[n].top(), boxes[n].width() - 1, boxes[n].height() - 1);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage scaledToHeight(BufferedImage image, int height) {
        int width = Math.max(1, image.getWidth() * height / image.getHeight());
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return scaled;
    }

    private static BufferedImage toImage(RgbImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                out.setRGB(x, y, image.get(x, y, 0) << 16 | image.get(x, y, 1) << 8 | image.get(x, y, 2));
            }
        }
        return out;
    }

    /** Draws the normalized patch {@code [3, p, p]} at {@code offset} of {@code data}. */
    private static void drawPatch(BufferedImage image, float[] data, int offset, int p, int x0, int y0) {
        int plane = p * p;
        for (int i = 0; i < plane; i++) {
            int rgb = 0;
            for (int c = 0; c < 3; c++) {
                rgb = rgb << 8 | Normalization.toByte(data[offset + c * plane + i], c);
            }
            image.setRGB(x0 + i % p, y0 + i / p, rgb);
        }
    }
}

package org.jaywalk.framework.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.io.DType;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's TensorBoard file holds scalars, images and histograms written by TensorFlow's summary ops. */
class EventFileTest {

    @TempDir
    Path dir;

    @Test
    void writesScalarsImagesAndHistogramsThatReadBack() throws IOException {
        // a 2 x 3 image: red, green, blue / black, grey, white
        byte[] pixels = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255,
                0, 0, 0, (byte) 128, (byte) 128, (byte) 128, (byte) 255, (byte) 255, (byte) 255};
        try (EventFile events = new EventFile(dir)) {
            events.scalar("loss", 1.5, 3);
            events.image("picture", new HostArray(DType.UINT8, new long[] {2, 3, 3}, pixels), 3);
            events.image("floats", HostArray.ofFloats(new long[] {1, 1, 3}, 300f, -4f, 127.6f), 4);
            events.histogram("entropy", new float[] {0.5f, 1f, 1f, 2f}, 3);
            assertThrows(IllegalArgumentException.class,
                    () -> events.image("gray", HostArray.ofFloats(new long[] {1, 2}, 0f, 1f), 5));
        }
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("events.out.tfevents")).findFirst()
                    .orElseThrow();
        }

        assertEquals(Map.of("loss", List.of(new EventFiles.Point(3, 1.5f))), EventFiles.scalars(file),
                "only scalars are read as scalars");

        Map<String, List<EventFiles.Image>> images = EventFiles.images(file);
        assertEquals(List.of("picture/image", "floats/image"), List.copyOf(images.keySet()));
        EventFiles.Image picture = images.get("picture/image").get(0);
        assertEquals(3, picture.step());
        assertEquals(3, picture.width());
        assertEquals(2, picture.height());
        assertEquals(3, picture.colorspace(), "RGB");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertEquals(0xFF0000, decoded.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x808080, decoded.getRGB(1, 1) & 0xFFFFFF);
        assertEquals(0xFFFFFF, decoded.getRGB(2, 1) & 0xFFFFFF);
        BufferedImage clamped = ImageIO.read(new ByteArrayInputStream(images.get("floats/image").get(0).png()));
        assertEquals(0xFF0080, clamped.getRGB(0, 0) & 0xFFFFFF, "rounded and clamped to [0, 255]");

        EventFiles.Histogram entropy = EventFiles.histograms(file).get("entropy").get(0);
        assertEquals(3, entropy.step());
        assertArrayEquals(new double[] {4, 0.5, 2, 4.5}, new double[] {entropy.count(), entropy.min(),
                entropy.max(), entropy.sum()});
        assertEquals(4.0, entropy.counts().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(entropy.limits().size() == entropy.counts().size() && !entropy.limits().isEmpty());
    }
}

package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.image.PillowBilinearResize;
import org.jaywalk.framework.spi.image.CropBox;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resize and colour jitter against Pillow 9.4 (Debian's python3-pil) on the fixture made by
 * {@code src/test/resources/pil/make_fixture.py}: a 32 x 24 PNG and PIL's outputs as float32 {@code [H, W, 3]}
 * in [0, 1]. Measured maximum difference: 0 for every case (bit-exact), which is what is asserted.
 */
class PilParityTest {

    private static RgbImage input;
    private static Map<String, HostArray> expected;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        Path folder = Path.of(PilParityTest.class.getResource("/pil/resize.npz").toURI()).getParent();
        expected = NpzArchive.readAll(folder.resolve("resize.npz"));
        BufferedImage png = ImageIO.read(folder.resolve("input.png").toFile());
        byte[] pixels = new byte[3 * png.getWidth() * png.getHeight()];
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int i = 3 * (y * png.getWidth() + x);
                pixels[i] = (byte) (rgb >> 16);
                pixels[i + 1] = (byte) (rgb >> 8);
                pixels[i + 2] = (byte) rgb;
            }
        }
        input = new RgbImage(png.getWidth(), png.getHeight(), pixels);
    }

    @Test
    void resizeShrinkingBothAxesMatchesPil() {
        assertMatches("resize_16x16", PillowBilinearResize.resize(input, input.bounds(), 16, 16));
    }

    @Test
    void enlargingCropMatchesPil() {
        assertMatches("crop_3_5_13_11_to_20x20", PillowBilinearResize.resize(input, new CropBox(3, 5, 13, 11), 20, 20));
    }

    @Test
    void cropShrinkingOneAxisAndEnlargingTheOtherMatchesPil() {
        assertMatches("crop_4_2_17_29_to_12x22", PillowBilinearResize.resize(input, new CropBox(4, 2, 17, 29), 12, 22));
    }

    @Test
    void colourJitterOperationsMatchImageEnhance() {
        RgbImage small = PillowBilinearResize.resize(input, input.bounds(), 16, 16);
        assertMatches("brightness_0.93", ColorJitter.brightness(small, 0.93f));
        assertMatches("brightness_1.08", ColorJitter.brightness(small, 1.08f));
        assertMatches("contrast_1.07", ColorJitter.contrast(small, 1.07f));
        assertMatches("contrast_0.9", ColorJitter.contrast(small, 0.9f));
        assertMatches("saturation_0.91", ColorJitter.saturation(small, 0.91f));
        assertMatches("saturation_1.1", ColorJitter.saturation(small, 1.1f));
    }

    private static void assertMatches(String name, RgbImage actual) {
        HostArray reference = expected.get(name);
        assertArrayEquals(new long[] {actual.height(), actual.width(), 3}, reference.shape(), name);
        float[] values = reference.floats();
        float maxDifference = 0;
        for (int i = 0; i < values.length; i++) {
            maxDifference = Math.max(maxDifference, Math.abs((actual.pixels()[i] & 0xFF) / 255f - values[i]));
        }
        assertEquals(0f, maxDifference, name + ": max |jaywalk - PIL| over " + values.length + " values");
    }
}

package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskPngTest {

    @TempDir
    Path dir;

    @Test
    void writesIndexedPngsWithTheDavisPaletteAndReadsBackTheIndices() throws Exception {
        LabelImage mask = Masks.of("0120", "3v00");
        Path file = dir.resolve("sub/00000.png");
        MaskPng.write(file, mask);
        assertArrayEquals(mask.labels(), MaskPng.read(file).labels());
        BufferedImage image = ImageIO.read(file.toFile());
        IndexColorModel palette = (IndexColorModel) image.getColorModel();
        assertEquals(0x800000, palette.getRGB(1) & 0xFFFFFF);
        assertEquals(0x008000, palette.getRGB(2) & 0xFFFFFF);
        assertEquals(0x808000, palette.getRGB(3) & 0xFFFFFF);
        assertEquals(0xE0E0C0, palette.getRGB(255) & 0xFFFFFF);
    }

    @Test
    void davisPaletteIsThePascalColourMap() {
        assertEquals(0x000000, Palette.rgb(0));
        assertEquals(0x000080, Palette.rgb(4));
        assertEquals(0x400000, Palette.rgb(8));
        assertEquals(0xC00000, Palette.rgb(9));
    }

    @Test
    void readsLowBitDepthPalettes() throws Exception {
        byte[] two = {0, (byte) 128};
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(1, 2, two, new byte[2], new byte[2]));
        image.getRaster().setSample(1, 1, 0, 1);
        Path file = dir.resolve("binary.png");
        ImageIO.write(image, "png", file.toFile());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 0}, MaskPng.read(file).labels());
    }

    @Test
    void rejectsAnIndexOutsideThePalette() throws Exception {
        Path file = dir.resolve("bad.png");
        Files.write(file, indexedPng(2, 2, 4, new byte[] {0, 7, 1, 0}));
        DavisDataException e = assertThrows(DavisDataException.class, () -> MaskPng.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("index 7"), e.getMessage());
    }

    /** An 8-bit indexed PNG with a palette of {@code paletteSize} entries, written byte by byte. */
    private static byte[] indexedPng(int w, int h, int paletteSize, byte[] indices) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 3).put(new byte[3]).array());
        chunk(png, "PLTE", new byte[3 * paletteSize]);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < h; y++) {
            raw.write(0);
            raw.write(indices, y * w, w);
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed)) {
            z.write(raw.toByteArray());
        }
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws Exception {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void rejectsColourPngsAndMissingFiles() throws Exception {
        Path file = dir.resolve("rgb.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        DavisDataException e = assertThrows(DavisDataException.class, () -> MaskPng.read(file));
        assertTrue(e.getMessage().contains("not an indexed-palette PNG"), e.getMessage());
        Path missing = dir.resolve("none.png");
        e = assertThrows(DavisDataException.class, () -> MaskPng.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}

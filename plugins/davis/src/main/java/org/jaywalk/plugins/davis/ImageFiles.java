package org.jaywalk.plugins.davis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/** Decoding and encoding image files with javax.imageio, with errors that name the file. */
final class ImageFiles {

    private ImageFiles() {
    }

    /** Decodes {@code file}; {@code what} names its role in errors ("mask", "frame"). */
    static BufferedImage read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException(what + " " + file + " does not exist");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DavisDataException(what + " " + file + " cannot be decoded: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new DavisDataException(what + " " + file + " cannot be decoded (no image reader accepts it)");
        }
        return image;
    }

    /** A decoded PNG with the number of entries of its PLTE chunk (0 without one). */
    record Png(BufferedImage image, int paletteEntries) {
    }

    /**
     * Decodes a PNG and counts its palette entries (the JDK reader pads short palettes to 2^depth entries, so
     * the colour model alone cannot tell whether an index is outside the file's palette).
     */
    static Png readPng(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new DavisDataException(what + " " + file + " does not exist");
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, false);
            BufferedImage image = reader.read(0);
            Node tree = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            int entries = 0;
            for (Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("PLTE")) {
                    entries = n.getChildNodes().getLength();
                }
            }
            return new Png(image, entries);
        } catch (IOException | RuntimeException e) {
            throw new DavisDataException(what + " " + file + " is not a readable PNG: " + e.getMessage(), e);
        } finally {
            reader.dispose();
        }
    }

    /** Encodes {@code image} as a PNG, creating parent folders. */
    static void writePng(Path file, BufferedImage image) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
        } catch (IOException e) {
            throw new DavisDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

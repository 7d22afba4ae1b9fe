package org.jaywalk.plugins.davis;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF of a video's overlays, written frame by frame (nothing is held in memory), at half size,
 * 12 frames per second, looping: the reference's {@code blend} video for people to look at.
 */
public final class OverlayAnimation implements AutoCloseable {

    private static final int DELAY_CENTISECONDS = 8; // about 12 frames per second

    private final Path file;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private boolean first = true;

    public OverlayAnimation(Path file) {
        this.file = file;
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(file);
            this.out = ImageIO.createImageOutputStream(file.toFile());
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            writer.dispose();
            throw new DavisDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Appends one frame (shrunk to half size). */
    public void add(BufferedImage frame) {
        BufferedImage small = half(frame);
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(small), null);
            configure(metadata);
            writer.writeToSequence(new IIOImage(small, null, metadata), null);
            first = false;
        } catch (IOException e) {
            throw new DavisDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void configure(IIOMetadata metadata) throws IOException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(DELAY_CENTISECONDS));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
            child(root, "ApplicationExtensions").appendChild(loop);
        }
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    private static BufferedImage half(BufferedImage image) {
        int w = Math.max(1, image.getWidth() / 2);
        int h = Math.max(1, image.getHeight() / 2);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return small;
    }

    @Override
    public void close() {
        try {
            if (!first) {
                writer.endWriteSequence();
            }
            out.close();
        } catch (IOException e) {
            throw new DavisDataException("cannot finish " + file + ": " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
    }
}

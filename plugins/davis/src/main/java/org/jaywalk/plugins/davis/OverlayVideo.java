package org.jaywalk.plugins.davis;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * An MP4 video of a video's overlays, written frame by frame at full size: H.264 from FFmpeg's {@code libopenh264}
 * encoder (the one FFmpeg's LGPL build has), 4:2:0 colour. H.264 in 4:2:0 needs an even width and height, so a
 * frame of odd width or height is padded by one pixel, repeating its last column or row. The file is opened at the
 * first frame (its size) and finished by {@link #close}; FFmpeg's native libraries load only then.
 */
public final class OverlayVideo implements AutoCloseable {

    static final String ENCODER = "libopenh264";
    /** About what the encoder needs for sharp blends: 0.15 bits per pixel and frame. */
    private static final double BITS_PER_PIXEL = 0.15;
    private static final int MIN_BITRATE = 200_000;

    private final Path file;
    private final double fps;
    private FFmpegFrameRecorder recorder;
    private Frame frame;

    /** A video {@code file} at {@code fps} frames per second (replaced if it exists). */
    public OverlayVideo(Path file, double fps) {
        this.file = file;
        this.fps = fps;
    }

    /** The size H.264 gets for {@code pixels}: the next even number. */
    static int even(int pixels) {
        return pixels + (pixels & 1);
    }

    /** Appends one frame; every frame must have the first one's size. */
    public void add(BufferedImage image) {
        try {
            if (recorder == null) {
                start(image.getWidth(), image.getHeight());
            }
            if (even(image.getWidth()) != frame.imageWidth || even(image.getHeight()) != frame.imageHeight) {
                throw new IllegalArgumentException("overlay of " + image.getWidth() + "x" + image.getHeight()
                        + " in a video of " + frame.imageWidth + "x" + frame.imageHeight);
            }
            copy(image, frame);
            recorder.record(frame, AV_PIX_FMT_RGB24);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void start(int width, int height) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        av_log_set_level(AV_LOG_FATAL); // failures surface as exceptions, not console noise
        Frame f = new Frame(even(width), even(height), Frame.DEPTH_UBYTE, 3);
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), f.imageWidth, f.imageHeight, 0);
        try {
            r.setFormat("mp4");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setVideoCodecName(ENCODER);
            r.setPixelFormat(AV_PIX_FMT_YUV420P);
            r.setFrameRate(fps);
            r.setVideoBitrate((int) Math.min(Integer.MAX_VALUE,
                    Math.max(MIN_BITRATE, BITS_PER_PIXEL * f.imageWidth * f.imageHeight * fps)));
            r.start();
        } catch (IOException | RuntimeException e) {
            try (r; f) { // releases both; a failure to release is added to e
                throw e;
            }
        }
        frame = f;
        recorder = r;
    }

    /** {@code image} into {@code frame}'s RGB bytes; the padding repeats the last column and row. */
    private static void copy(BufferedImage image, Frame frame) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        ByteBuffer rgb = (ByteBuffer) frame.image[0];
        for (int y = 0; y < frame.imageHeight; y++) {
            int row = Math.min(y, h - 1) * w;
            for (int x = 0; x < frame.imageWidth; x++) {
                int pixel = argb[row + Math.min(x, w - 1)];
                int at = y * frame.imageStride + 3 * x;
                rgb.put(at, (byte) (pixel >> 16)).put(at + 1, (byte) (pixel >> 8)).put(at + 2, (byte) pixel);
            }
        }
    }

    /** Finishes the file (nothing is written when no frame came). */
    @Override
    public void close() {
        if (recorder == null) {
            return;
        }
        try (FFmpegFrameRecorder r = recorder; Frame f = frame) {
            r.stop();
        } catch (IOException e) {
            throw failed(e);
        } finally {
            recorder = null;
            frame = null;
        }
    }

    private DavisDataException failed(IOException e) {
        return new DavisDataException("cannot write the overlay video " + file + ": " + e.getMessage(), e);
    }
}

package org.jaywalk.plugins.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.jaywalk.framework.spi.image.RgbImage;

/**
 * Writes small test videos with FFmpeg (the LGPL build's {@code mpeg4} and {@code libopenh264} encoders). Frame i
 * shows i in binary as ten black or white bars across its top half, so a test can tell which frame it decoded;
 * the bottom half is a moving colour gradient.
 */
final class TestVideos {

    static final int MPEG4 = avcodec.AV_CODEC_ID_MPEG4;
    static final int H264 = avcodec.AV_CODEC_ID_H264;
    private static final int BARS = 10;

    static {
        FFmpegLogging.quiet();
    }

    private TestVideos() {
    }

    /** A video of {@code frames} frames of {@code width x height} at {@code fps}; returns {@code file}. */
    static Path write(Path file, int width, int height, double fps, int frames, int codec) throws IOException {
        return write(file, width, height, fps, frames, codec, false);
    }

    /** As {@link #write}, with the index at the start of the file ({@code movflags=faststart}) if asked. */
    static Path write(Path file, int width, int height, double fps, int frames, int codec, boolean faststart)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setVideoCodec(codec);
            recorder.setFrameRate(fps);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setVideoQuality(2);
            recorder.setGopSize(12);
            if (faststart) {
                recorder.setOption("movflags", "faststart");
            }
            recorder.start();
            Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            for (int i = 0; i < frames; i++) {
                paint(frame, i);
                recorder.record(frame, AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
        return file;
    }

    /** The frame number shown by a decoded frame. */
    static int frameNumber(RgbImage image) {
        int number = 0;
        int y = image.height() / 4;
        for (int bar = 0; bar < BARS; bar++) {
            int x = (2 * bar + 1) * image.width() / (2 * BARS);
            if (image.get(x, y, 0) > 128) {
                number |= 1 << bar;
            }
        }
        return number;
    }

    /** Cuts {@code file} to {@code fraction} of its length. */
    static Path truncate(Path file, double fraction) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength((long) (f.length() * fraction));
        }
        return file;
    }

    /** {@code size} random bytes. */
    static Path randomBytes(Path file, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }

    private static void paint(Frame frame, int number) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        for (int y = 0; y < frame.imageHeight; y++) {
            for (int x = 0; x < frame.imageWidth; x++) {
                int at = y * frame.imageStride + 3 * x;
                if (y < frame.imageHeight / 2) {
                    int bar = x * BARS / frame.imageWidth;
                    byte v = (byte) (((number >> bar) & 1) == 1 ? 255 : 0);
                    buffer.put(at, v).put(at + 1, v).put(at + 2, v);
                } else {
                    buffer.put(at, (byte) (x * 2 + number)).put(at + 1, (byte) (y * 3)).put(at + 2, (byte) (x + y));
                }
            }
        }
    }
}

package org.jaywalk.plugins.davis;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * A video file as FFmpeg decodes it back: its codec, size and frame rate, the frames it really holds (counted by
 * decoding, not from the header), and its first frame.
 *
 * @param first the first frame, {@code height * width * 3} RGB bytes
 */
record DecodedVideo(int codec, int width, int height, double frameRate, int frames, byte[] first) {

    static DecodedVideo read(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(AV_PIX_FMT_RGB24);
            grabber.start();
            byte[] first = null;
            int frames = 0;
            for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
                if (first == null) {
                    first = rgb(frame);
                }
                frames++;
            }
            return new DecodedVideo(grabber.getVideoCodec(), grabber.getImageWidth(), grabber.getImageHeight(),
                    grabber.getFrameRate(), frames, first);
        }
    }

    /** The mean absolute difference, per channel value, between the first frame and {@code frame}'s pixels. */
    double firstFrameDifference(RgbFrame frame) {
        long sum = 0;
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs((first[(y * width + x) * 3 + c] & 0xFF) - (frame.rgb()[(y * frame.width() + x) * 3 + c] & 0xFF));
                }
            }
        }
        return sum / (3.0 * frame.width() * frame.height());
    }

    private static byte[] rgb(Frame frame) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        byte[] rgb = new byte[frame.imageWidth * frame.imageHeight * 3];
        for (int y = 0; y < frame.imageHeight; y++) {
            buffer.get(y * frame.imageStride, rgb, y * frame.imageWidth * 3, frame.imageWidth * 3);
        }
        return rgb;
    }
}

package org.jaywalk.plugins.video;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.jaywalk.framework.spi.image.RgbImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads video files with FFmpeg. Metadata comes from demuxing the first video stream's packets without decoding
 * them, as torchvision's {@code read_video_timestamps} does: the frame count is the number of packets with a
 * timestamp (a truncated file counts only what is there, whatever its header says) and the frame rate is the
 * stream's average rate. Frames are decoded single-threaded to RGB24 with JavaCV: from the start for clips near
 * it, else after an exact seek ({@code setVideoFrameNumber}) whose landing is checked against the index's
 * timestamps (a mismatch falls back to decoding from the start).
 */
final class VideoFileReader implements FrameReader {

    private static final Logger LOG = LoggerFactory.getLogger(VideoFileReader.class);

    /** Clips starting before this frame are decoded from the start instead of seeking. */
    static final int DECODE_THROUGH_BELOW = 16;

    static {
        FFmpegLogging.quiet();
    }

    @Override
    public VideoMetadata probe(Path file) throws IOException {
        AVFormatContext context = new AVFormatContext(null);
        FFmpegLogging.check(avformat_open_input(context, file.toString(), null, (AVDictionary) null), "open");
        try {
            FFmpegLogging.check(avformat_find_stream_info(context, (PointerPointer<?>) null), "read the streams");
            int index = firstVideoStream(context);
            if (index < 0) {
                throw new IOException("no video stream");
            }
            AVStream stream = context.streams(index);
            long[] pts = packetTimestamps(context, index);
            if (pts.length == 0) {
                throw new IOException("no video frames");
            }
            Arrays.sort(pts);
            return VideoMetadata.ofStream(frameRate(stream), stream.time_base().num(), stream.time_base().den(), pts);
        } finally {
            avformat_close_input(context);
        }
    }

    @Override
    public RgbImage[] read(Path file, VideoMetadata metadata, int[] frames) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setPixelFormat(AV_PIX_FMT_RGB24);
            grabber.setVideoOption("threads", "1"); // the loader runs one decoder per worker thread
            grabber.start();
            if (frames[0] >= DECODE_THROUGH_BELOW) {
                RgbImage[] afterSeek = readAfterSeek(grabber, metadata, frames);
                if (afterSeek != null) {
                    return afterSeek;
                }
                LOG.debug("seeking to frame {} of {} missed; decoding from the start", frames[0], file);
                grabber.setVideoFrameNumber(0);
            }
            return decode(grabber, 0, frames);
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new IOException("cannot decode: " + e.getMessage(), e);
        }
    }

    /** Seeks to the first frame and decodes from there; null if the seek did not land on it. */
    private static RgbImage[] readAfterSeek(FFmpegFrameGrabber grabber, VideoMetadata metadata, int[] frames)
            throws IOException {
        grabber.setVideoFrameNumber(frames[0]);
        Frame frame = grabber.grabImage();
        if (frame == null || !landedOn(frame, metadata, frames[0])) {
            return null;
        }
        return decode(grabber, frame, frames[0], frames);
    }

    /** Whether {@code frame} is frame {@code number}: its time within half a frame of the index's timestamp. */
    private static boolean landedOn(Frame frame, VideoMetadata metadata, int number) {
        long expected = metadata.micros(number);
        return expected < 0 || Math.abs(frame.timestamp - expected) * metadata.fps() < 0.5e6;
    }

    /** Decodes on from {@code next}, the number of the next frame the grabber returns. */
    private static RgbImage[] decode(FFmpegFrameGrabber grabber, int next, int[] frames) throws IOException {
        Frame frame = grabber.grabImage();
        if (frame == null) {
            throw new IOException("no decodable frame " + next);
        }
        return decode(grabber, frame, next, frames);
    }

    /** Copies out the wanted frames, {@code current} being frame {@code number}. */
    private static RgbImage[] decode(FFmpegFrameGrabber grabber, Frame current, int number, int[] frames)
            throws IOException {
        RgbImage[] images = new RgbImage[frames.length];
        Frame frame = current;
        int at = number;
        for (int i = 0; i < frames.length; i++) {
            while (at < frames[i]) {
                // the same Frame object every time, overwritten; frames in between are not converted to RGB
                frame = at + 1 == frames[i] ? grabber.grabImage() : grabber.grabFrame(false, true, false, false);
                if (frame == null) {
                    throw new IOException("the video ends at frame " + at + ", before frame " + frames[i]);
                }
                at++;
            }
            images[i] = i > 0 && frames[i] == frames[i - 1] ? images[i - 1] : toRgb(frame);
        }
        return images;
    }

    /** A copy of a decoded RGB24 frame, dropping the padding at the end of each row ({@code imageStride}). */
    static RgbImage toRgb(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        byte[] pixels = new byte[3 * w * h];
        for (int y = 0; y < h; y++) {
            buffer.get(y * frame.imageStride, pixels, 3 * w * y, 3 * w);
        }
        return new RgbImage(w, h, pixels);
    }

    private static int firstVideoStream(AVFormatContext context) {
        for (int i = 0; i < context.nb_streams(); i++) {
            if (context.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                return i;
            }
        }
        return -1;
    }

    /** The timestamps of the stream's packets, in file order, until the end or the first read error. */
    private static long[] packetTimestamps(AVFormatContext context, int stream) {
        long[] pts = new long[1024];
        int count = 0;
        AVPacket packet = av_packet_alloc();
        try {
            while (av_read_frame(context, packet) >= 0) {
                if (packet.stream_index() == stream && packet.pts() != AV_NOPTS_VALUE) {
                    if (count == pts.length) {
                        pts = Arrays.copyOf(pts, 2 * count);
                    }
                    pts[count++] = packet.pts();
                }
                av_packet_unref(packet);
            }
        } finally {
            av_packet_free(packet);
        }
        return Arrays.copyOf(pts, count);
    }

    /** The average frame rate (PyAV's {@code average_rate}), else the real base rate, else 0. */
    private static double frameRate(AVStream stream) {
        AVRational rate = stream.avg_frame_rate();
        if (rate.num() == 0 || rate.den() == 0) {
            rate = stream.r_frame_rate();
        }
        return rate.num() == 0 || rate.den() == 0 ? 0 : (double) rate.num() / rate.den();
    }
}

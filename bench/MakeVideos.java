import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/**
 * Writes a kinetics-shaped folder of generated videos for {@code bench/data-pipeline.sh}: ROOT/bench/video-K.mp4,
 * 340 x 256 at 30 fps, a panning random texture with a moving square, deterministic by K. CODEC h264 (default:
 * libopenh264, which puts a keyframe every ~17 frames whatever it is asked) or mpeg4 with a keyframe every GOP
 * frames (Kinetics' re-encoded files often have one per 250, so that a clip decodes from far before its first
 * frame). Existing files are kept. Run with the distribution's classpath:
 *   java -cp 'distribution/target/lib/*' bench/MakeVideos.java ROOT [videos] [seconds] [h264 | mpeg4 GOP]
 */
public final class MakeVideos {

    private static final int WIDTH = 340;
    private static final int HEIGHT = 256;
    private static final int FPS = 30;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).resolve("bench");
        int videos = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean mpeg4 = args.length > 3 && args[3].equals("mpeg4");
        int gop = args.length > 4 ? Integer.parseInt(args[4]) : FPS;
        av_log_set_level(AV_LOG_FATAL);
        Files.createDirectories(root);
        for (int k = 0; k < videos; k++) {
            Path file = root.resolve("video-" + k + ".mp4");
            if (!Files.exists(file)) {
                Path temp = root.resolve(".video-" + k + ".tmp.mp4");
                write(temp, k, seconds * FPS, mpeg4 ? avcodec.AV_CODEC_ID_MPEG4 : avcodec.AV_CODEC_ID_H264, gop);
                Files.move(temp, file);
            }
        }
        System.out.println(videos + " videos in " + root);
    }

    private static void write(Path file, int seed, int frames, int codec, int gop) throws Exception {
        int texture = 2 * WIDTH;
        byte[] tex = new byte[3 * texture * texture];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < tex.length; i += 3) { // smooth-ish noise: random 8x8 blocks plus fine grain
            int x = (i / 3) % texture;
            int y = (i / 3) / texture;
            int block = (int) (new SplittableRandom(seed * 1_000_003L + (y / 8) * 1000L + x / 8).nextInt(200));
            tex[i] = (byte) (block + rng.nextInt(40));
            tex[i + 1] = (byte) (255 - block - rng.nextInt(40));
            tex[i + 2] = (byte) ((block * 7) % 200 + rng.nextInt(40));
        }
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0)) {
            recorder.setVideoCodec(codec);
            recorder.setFormat("mp4");
            recorder.setFrameRate(FPS);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setVideoBitrate(1_500_000);
            recorder.setGopSize(gop);
            recorder.start();
            Frame frame = new Frame(WIDTH, HEIGHT, Frame.DEPTH_UBYTE, 3);
            ByteBuffer buffer = (ByteBuffer) frame.image[0];
            for (int f = 0; f < frames; f++) {
                int dx = (f * (2 + seed)) % (texture - WIDTH);
                int dy = (f * (1 + seed % 3)) % (texture - HEIGHT);
                int sx = (f * 5 + 40 * seed) % (WIDTH - 60);
                int sy = (f * 3 + 20 * seed) % (HEIGHT - 60);
                for (int y = 0; y < HEIGHT; y++) {
                    for (int x = 0; x < WIDTH; x++) {
                        int at = y * frame.imageStride + 3 * x;
                        boolean square = x >= sx && x < sx + 60 && y >= sy && y < sy + 60;
                        int src = 3 * ((y + dy) * texture + x + dx);
                        for (int c = 0; c < 3; c++) {
                            buffer.put(at + c, square ? (byte) (80 * c + f) : tex[src + c]);
                        }
                    }
                }
                recorder.record(frame, AV_PIX_FMT_RGB24);
            }
            recorder.stop();
        }
    }
}

package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.javacv.Frame;
import org.jaywalk.framework.spi.image.RgbImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class VideoFileReaderTest {

    @TempDir
    static Path folder;
    private static Path tenSeconds;
    private static final VideoFileReader READER = new VideoFileReader();

    @BeforeAll
    static void writeVideo() throws IOException {
        tenSeconds = TestVideos.write(folder.resolve("ten-seconds.mp4"), 160, 96, 30, 300, TestVideos.MPEG4);
    }

    @Test
    void probeCountsPacketsAndReadsTheAverageRate() throws IOException {
        VideoMetadata metadata = READER.probe(tenSeconds);
        assertEquals(30.0, metadata.fps());
        assertEquals(300, metadata.frames());
        assertEquals(1, metadata.pts().size(), "a constant-rate video is one run of timestamps");
        assertEquals(metadata.pts(299) * metadata.timeBaseNum() / (double) metadata.timeBaseDen(), 299 / 30.0, 1e-9);
    }

    @Test
    void framesNearTheStartAreDecodedThrough() throws IOException {
        assertEquals(List.of(0, 3, 7, 11), numbers(read(tenSeconds, 0, 3, 7, 11)));
    }

    @Test
    void laterFramesAreFoundBySeekingExactly() throws IOException {
        assertEquals(List.of(285, 288, 292, 296), numbers(read(tenSeconds, 285, 288, 292, 296)));
        assertEquals(List.of(17, 18, 21, 299), numbers(read(tenSeconds, 17, 18, 21, 299)));
    }

    @Test
    void repeatedFramesAreDecodedOnce() throws IOException {
        RgbImage[] frames = read(tenSeconds, 40, 40, 41);
        assertEquals(List.of(40, 40, 41), numbers(frames));
        assertTrue(frames[0] == frames[1]);
    }

    @Test
    void framesPastTheEndFail() {
        IOException e = assertThrows(IOException.class, () -> read(tenSeconds, 298, 300));
        assertTrue(e.getMessage().contains("ends"), e.getMessage());
    }

    @Test
    void paddedRowsOfWideFramesAreDropped() throws IOException {
        // 340 px of RGB are 1020 bytes, which FFmpeg pads to a row stride of 1152
        Path wide = TestVideos.write(folder.resolve("wide.mp4"), 340, 256, 30, 20, TestVideos.MPEG4);
        VideoMetadata metadata = READER.probe(wide);
        RgbImage[] frames = READER.read(wide, metadata, new int[] {0, 5, 19});
        assertEquals(340, frames[0].width());
        assertEquals(List.of(0, 5, 19), numbers(frames));
    }

    @Test
    void toRgbHonoursTheStride() {
        Frame frame = new Frame();
        frame.imageWidth = 2;
        frame.imageHeight = 2;
        frame.imageStride = 8;
        ByteBuffer buffer = ByteBuffer.allocateDirect(16);
        for (int i = 0; i < 16; i++) {
            buffer.put(i, (byte) (i % 8 < 6 ? i : 0xEE));
        }
        frame.image = new Buffer[] {buffer};
        assertArrayEquals(new byte[] {0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13}, VideoFileReader.toRgb(frame).pixels());
    }

    @Test
    void openh264VideosAreReadToo() throws IOException {
        Path h264 = TestVideos.write(folder.resolve("h264.mp4"), 160, 96, 25, 60, TestVideos.H264);
        VideoMetadata metadata = READER.probe(h264);
        assertEquals(25.0, metadata.fps());
        assertEquals(60, metadata.frames());
        assertEquals(List.of(2, 30, 59), numbers(READER.read(h264, metadata, new int[] {2, 30, 59})));
    }

    @Test
    void aFaststartFileCutInTheMiddleCountsOnlyTheFramesThatAreThere() throws IOException {
        Path cut = TestVideos.write(folder.resolve("cut.mp4"), 160, 96, 30, 300, TestVideos.MPEG4, true);
        TestVideos.truncate(cut, 0.5);
        VideoMetadata metadata = READER.probe(cut);
        assertTrue(metadata.frames() > 50 && metadata.frames() < 250, "frames " + metadata.frames());
        int last = metadata.frames() - 1;
        assertEquals(List.of(last), numbers(READER.read(cut, metadata, new int[] {last})));
    }

    @Test
    void brokenFilesFailToOpenWithAReason() throws IOException {
        Path random = TestVideos.randomBytes(folder.resolve("random.mp4"), 50_000, 1);
        Path empty = Files.createFile(folder.resolve("empty.mp4"));
        Path headless = TestVideos.truncate(
                TestVideos.write(folder.resolve("headless.mp4"), 160, 96, 30, 60, TestVideos.MPEG4), 0.5);
        for (Path broken : List.of(random, empty, headless)) {
            IOException e = assertThrows(IOException.class, () -> READER.probe(broken), broken.toString());
            assertTrue(e.getMessage().matches("cannot open: [A-Za-z ,.'-]+"), e.getMessage());
        }
    }

    private static RgbImage[] read(Path video, int... frames) throws IOException {
        return READER.read(video, READER.probe(video), frames);
    }

    private static List<Integer> numbers(RgbImage[] frames) {
        return Arrays.stream(frames).map(TestVideos::frameNumber).toList();
    }
}

package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jaywalk.framework.spi.image.RgbImage;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kinetics-style folder of six 10 s, 30 fps videos (at 8 fps and clip length 4: 77 clips each) and three broken
 * files, read at small sizes: 64-pixel frames cut into 9 patches of 32.
 */
@Timeout(180)
class VideoDatasetTest {

    @TempDir
    static Path folder;
    private static String base;

    @BeforeAll
    static void writeVideos() throws IOException {
        Path root = folder.resolve("kinetics");
        for (int v = 0; v < 6; v++) {
            TestVideos.write(root.resolve("class" + v % 2 + "/video" + v + ".mp4"), 96, 72, 30, 300,
                    TestVideos.MPEG4);
        }
        TestVideos.randomBytes(root.resolve("class0/random.mp4"), 10_000, 1);
        Files.createFile(root.resolve("class1/empty.mp4"));
        TestVideos.truncate(TestVideos.write(root.resolve("class1/truncated.mp4"), 96, 72, 30, 30, TestVideos.MPEG4),
                0.3);
        base = "root = \"" + root + "\", cache-dir = \"" + folder.resolve("cache") + "\", batch-size = 2, "
                + "img-size = 64, patch-size = 32, workers = 2";
    }

    @Test
    void sixTenSecondVideosGive462ClipsAnd15BatchesOfTwo() throws IOException {
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.KINETICS, base, 1)) {
            assertEquals(6, dataset.index().videos().size());
            assertEquals(3, dataset.index().skipped().size());
            VideoClips clips = dataset.maker().clips();
            assertEquals(462, clips.totalClips());
            assertArrayEquals(new int[] {77, 154, 231, 308, 385, 462}, clips.cumulativeSizes());
            assertEquals(15, dataset.batchesPerEpoch());
            assertEquals(new ClipShape(2, 4, 9, 32, 32), dataset.shape());
        }
    }

    @Test
    void anEpochHoldsFiveDistinctClipsOfEveryVideo() throws IOException {
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.KINETICS, base, 2)) {
            Map<String, Set<Integer>> clipsPerVideo = new HashMap<>();
            for (int i = 0; i < dataset.batchesPerEpoch(); i++) {
                Batch batch = dataset.batch(0, i);
                List<?> videos = (List<?>) batch.metadata().get("videos");
                List<?> clips = (List<?>) batch.metadata().get("clips");
                for (int b = 0; b < 2; b++) {
                    assertTrue(clipsPerVideo.computeIfAbsent((String) videos.get(b), k -> new HashSet<>())
                            .add((Integer) clips.get(b)));
                }
                assertEquals(0, batch.metadata().get("replaced"));
            }
            assertEquals(6, clipsPerVideo.size());
            clipsPerVideo.values().forEach(set -> assertEquals(5, set.size()));
        }
    }

    @Test
    void batchesArePureFunctionsOfSeedEpochAndIndex() throws Exception {
        try (VideoDataset one = VideoDatasets.open(SourceKind.KINETICS, base, 3);
             VideoDataset other = VideoDatasets.open(SourceKind.KINETICS, base + ", workers = 1", 3)) {
            Batch batch = one.batch(1, 4);
            assertArrayEquals(batch.data(), other.batch(1, 4).data());
            assertEquals(batch.metadata(), other.batch(1, 4).metadata());
            assertFalse(Arrays.equals(batch.data(), one.batch(2, 4).data()), "epoch");
            assertFalse(Arrays.equals(batch.data(), one.batch(1, 5).data()), "index");
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<float[]>> futures = IntStream.range(0, 6)
                        .mapToObj(i -> pool.submit(() -> one.batch(1, 3 + i % 3).data())).toList();
                for (int i = 0; i < 6; i++) {
                    assertArrayEquals(other.batch(1, 3 + i % 3).data(), futures.get(i).get(), "batch " + i);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aBatchHoldsItsClipsAsMadeOneByOne() throws IOException {
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.KINETICS, base, 8)) {
            dataset.batch(1, 2); // the next batches are read ahead, written straight into their arrays
            Batch batch = dataset.batch(1, 3);
            int clipElements = batch.data().length / 2;
            for (int b = 0; b < 2; b++) {
                float[] alone = new float[clipElements];
                dataset.maker().make(1, 3 * 2 + b, 0, new ClipSlot(alone, 0));
                assertArrayEquals(alone, Arrays.copyOfRange(batch.data(), b * clipElements, (b + 1) * clipElements),
                        "clip " + b);
            }
        }
    }

    @Test
    void clipsHoldTheirResampledFrames() throws IOException {
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.KINETICS, base, 4)) {
            ClipMaker maker = dataset.maker();
            for (int position = 0; position < 6; position++) {
                VideoClips.ClipLocation location = maker.clips().locate(maker.clipFor(0, position, 0));
                RgbImage[] frames = maker.decode(location);
                int[] expected = maker.clips().frames(location.video(), location.clip());
                assertArrayEquals(expected, Arrays.stream(frames).mapToInt(TestVideos::frameNumber).toArray());
            }
        }
    }

    @Test
    void aClipThatCannotBeDecodedIsReplacedAndCounted() throws IOException {
        FrameReaders failing = readersFailingOn("video3.mp4", false);
        try (VideoDataset dataset = VideoDataset.open(VideoDatasets.settings(SourceKind.KINETICS, base), 5,
                IndexProgress.NONE, failing)) {
            int replaced = 0;
            for (int i = 0; i < dataset.batchesPerEpoch(); i++) {
                Batch batch = dataset.batch(0, i);
                replaced += (Integer) batch.metadata().get("replaced");
                assertFalse(((List<?>) batch.metadata().get("videos")).contains("class1/video3.mp4"));
            }
            assertTrue(replaced >= 5, "the five clips of video3 and any retries landing on it: " + replaced);
            assertEquals(replaced, dataset.failedClips(), "retries landing on video3 again are counted too");
        }
    }

    @Test
    void aClipThatHangsIsAbandonedAfterTheTimeout() throws IOException {
        FrameReaders hanging = readersFailingOn("video2.mp4", true);
        try (VideoDataset dataset = VideoDataset.open(VideoDatasets.settings(SourceKind.KINETICS,
                base + ", clip-timeout = 0.5, prefetch-batches = 0"), 6, IndexProgress.NONE, hanging)) {
            for (int i = 0; i < dataset.batchesPerEpoch(); i++) {
                assertFalse(((List<?>) dataset.batch(0, i).metadata().get("videos")).contains("class0/video2.mp4"));
            }
            assertTrue(dataset.failedClips() >= 5);
        }
    }

    @Test
    void tooFewClipsForOneBatchIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> VideoDatasets.open(SourceKind.KINETICS, base + ", clip-length = 81, batch-size = 8", 0));
        assertTrue(e.getMessage().contains("0 clips per epoch"), e.getMessage());
    }

    @Test
    void frameFoldersAndListsAreRead() throws IOException {
        Path frames = folder.resolve("frames");
        for (int v = 0; v < 2; v++) {
            TestFrames.writeFolder(frames.resolve("v" + v), 96, 72, 40);
        }
        String cache = "cache-dir = \"" + folder.resolve("cache") + "\", batch-size = 2, img-size = 64, "
                + "patch-size = 32, workers = 2";
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.FRAME_FOLDERS,
                "root = \"" + frames + "\", " + cache, 7)) {
            // 40 frames at 30 fps resampled to 8 fps: floor(10.67) = 10 frames, 7 clips of 4
            assertEquals(14, dataset.maker().clips().totalClips());
            assertEquals(5, dataset.batchesPerEpoch());
            ClipMaker maker = dataset.maker();
            VideoClips.ClipLocation location = maker.clips().locate(maker.clipFor(0, 0, 0));
            assertArrayEquals(maker.clips().frames(location.video(), location.clip()),
                    Arrays.stream(maker.decode(location)).mapToInt(TestVideos::frameNumber).toArray());
            assertEquals(2, dataset.batch(0, 4).shape().batchSize());
        }
        Path list = Files.writeString(folder.resolve("list.txt"),
                "kinetics/class0/video0.mp4\nframes/v1 40\nkinetics/class1/missing.mp4\n");
        try (VideoDataset dataset = VideoDatasets.open(SourceKind.VIDEO_LIST, "list = \"" + list + "\", " + cache, 7)) {
            assertEquals(List.of("kinetics/class0/video0.mp4", "frames/v1"),
                    dataset.index().videos().stream().map(v -> v.source().key()).toList());
            assertEquals("does not exist", dataset.index().skipped().get(0).reason());
            assertEquals(77 + 7, dataset.maker().clips().totalClips());
        }
    }

    /** Standard readers, except that reading frames of {@code name} fails (or hangs, if asked). */
    private static FrameReaders readersFailingOn(String name, boolean hang) {
        FrameReaders standard = FrameReaders.standard(Set.of("jpg"));
        FrameReader files = new FrameReader() {
            @Override
            public VideoMetadata probe(Path video) throws IOException {
                return standard.videoFiles().probe(video);
            }

            @Override
            public RgbImage[] read(Path video, VideoMetadata metadata, int[] frames) throws IOException {
                if (video.getFileName().toString().equals(name)) {
                    if (hang) {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    throw new IOException("corrupt data in " + name);
                }
                return standard.videoFiles().read(video, metadata, frames);
            }
        };
        return new FrameReaders(files, standard.frameFolders(), standard.frameExtensions());
    }
}

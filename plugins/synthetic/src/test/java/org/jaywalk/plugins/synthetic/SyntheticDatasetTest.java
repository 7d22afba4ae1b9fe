package org.jaywalk.plugins.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.image.Normalization;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.junit.jupiter.api.Test;

class SyntheticDatasetTest {

    private static final String NO_JITTER = "patch-jitter-scale = [1, 1], patch-jitter-ratio = [1, 1]";

    @Test
    void sameSeedEpochAndIndexGiveIdenticalBatches() {
        float[] a = Datasets.create("", 42).batch(1, 3).data();
        float[] b = Datasets.create("", 42).batch(1, 3).data();
        assertArrayEquals(a, b);
    }

    @Test
    void anotherIndexEpochOrSeedGivesAnotherBatch() {
        SyntheticDataset dataset = Datasets.create("", 42);
        float[] a = dataset.batch(1, 3).data();
        assertFalse(Arrays.equals(a, dataset.batch(1, 4).data()), "index");
        assertFalse(Arrays.equals(a, dataset.batch(2, 3).data()), "epoch");
        assertFalse(Arrays.equals(a, Datasets.create("", 43).batch(1, 3).data()), "seed");
    }

    @Test
    void videosLookTheSameInEveryEpochAndDataset() {
        SyntheticDataset one = Datasets.create("", 5);
        SyntheticDataset other = Datasets.create("videos = 64, epoch-size = 64", 5);
        assertArrayEquals(one.frame(17, 9), other.frame(17, 9));
        assertFalse(Arrays.equals(one.frame(17, 9), one.frame(18, 9)));
    }

    @Test
    void defaultShapeAndNormalizationRange() {
        SyntheticDataset dataset = Datasets.create("", 1);
        assertEquals(new ClipShape(8, 4, 9, 32, 32), dataset.shape());
        assertEquals(512 / 8, dataset.batchesPerEpoch());
        Batch batch = dataset.batch(0, 0);
        assertEquals(dataset.shape().batchElements(), batch.data().length);
        for (int c = 0; c < 3; c++) {
            float lowest = -Normalization.MEAN[c] / Normalization.STD[c];
            float highest = (1 - Normalization.MEAN[c]) / Normalization.STD[c];
            float[] stats = channelStats(batch, c);
            assertTrue(stats[0] >= lowest - 1e-4 && stats[1] <= highest + 1e-4, Arrays.toString(stats));
            assertTrue(stats[1] - stats[0] > 2, "channel " + c + " should have contrast: " + Arrays.toString(stats));
        }
        assertEquals(8, ((List<?>) batch.metadata().get("videos")).size());
    }

    /** {min, max} of channel c over all patches of the batch. */
    private static float[] channelStats(Batch batch, int c) {
        int pixels = batch.shape().height() * batch.shape().width();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int start = c * pixels; start < batch.data().length; start += 3 * pixels) {
            for (int i = start; i < start + pixels; i++) {
                assertTrue(Float.isFinite(batch.data()[i]));
                min = Math.min(min, batch.data()[i]);
                max = Math.max(max, batch.data()[i]);
            }
        }
        return new float[] {min, max};
    }

    @Test
    void referenceGeometryHas49Patches() {
        ClipShape shape = Datasets.create("frame-size = 256, patch-size = 64", 0).shape();
        assertEquals(new ClipShape(8, 4, 49, 64, 64), shape);
    }

    @Test
    void unjitteredPatchesAreTheGridWindowsOfTheFrames() {
        SyntheticDataset dataset = Datasets.create("frame-size = 48, patch-size = 16, " + NO_JITTER, 9);
        ClipShape shape = dataset.shape();
        assertEquals(25, shape.nodes()); // stride 8: (48 - 16) / 8 + 1 = 5 per side
        Batch batch = dataset.batch(0, 2);
        int b = 3;
        ClipSource source = dataset.source(0, dataset.clipIndex(2, b));
        for (int t = 0; t < shape.frames(); t++) {
            float[] frame = dataset.frame(source.video(), dataset.videoFrame(source, t));
            Normalization.apply(frame, 48 * 48);
            for (int n = 0; n < shape.nodes(); n++) {
                int x0 = (n % 5) * 8;
                int y0 = (n / 5) * 8;
                for (int c = 0; c < 3; c++) {
                    for (int y = 0; y < 16; y++) {
                        for (int x = 0; x < 16; x++) {
                            float expected = frame[(c * 48 + y0 + y) * 48 + x0 + x];
                            int at = ((((b * shape.frames() + t) * shape.nodes() + n) * 3 + c) * 16 + y) * 16 + x;
                            assertEquals(expected, batch.data()[at], 1e-5f, "t=" + t + " n=" + n + " c=" + c);
                        }
                    }
                }
            }
        }
    }

    @Test
    void wholeFrameModeGivesOneNodePerFrame() {
        SyntheticDataset dataset = Datasets.create("grid = false, patch-size = 1000", 3);
        assertEquals(new ClipShape(8, 4, 1, 64, 64), dataset.shape());
        Batch batch = dataset.batch(0, 0);
        ClipSource source = dataset.source(0, 0);
        float[] frame = dataset.frame(source.video(), dataset.videoFrame(source, 1));
        Normalization.apply(frame, 64 * 64);
        int elements = 3 * 64 * 64;
        assertArrayEquals(frame, Arrays.copyOfRange(batch.data(), elements, 2 * elements));
    }

    @Test
    void patchSizeOfTheFrameIsOneJitteredWindow() {
        SyntheticDataset dataset = Datasets.create("patch-size = 64", 3);
        assertEquals(new ClipShape(8, 4, 1, 64, 64), dataset.shape());
    }

    @Test
    void consecutiveClipFramesAreCloserThanOtherVideos() {
        SyntheticDataset dataset = Datasets.create("", 11);
        double sameVideo = 0;
        double otherVideo = 0;
        for (int v = 0; v < 8; v++) {
            float[] frame = dataset.frame(v, 10);
            sameVideo += meanAbsoluteDifference(frame, dataset.frame(v, 12));
            otherVideo += meanAbsoluteDifference(frame, dataset.frame(v + 8, 10));
        }
        assertTrue(sameVideo * 3 < otherVideo, "same video " + sameVideo + " vs other " + otherVideo);
    }

    private static double meanAbsoluteDifference(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    @Test
    void concurrentCallsGiveTheSameBatches() throws Exception {
        SyntheticDataset dataset = Datasets.create("videos = 4", 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> dataset.batch(0, i % 4).data())).toList();
            for (int i = 0; i < 8; i++) {
                assertArrayEquals(Datasets.create("videos = 4", 8).batch(0, i % 4).data(), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void indexOutsideTheEpochIsRejected() {
        SyntheticDataset dataset = Datasets.create("epoch-size = 16", 0);
        assertEquals(2, dataset.batchesPerEpoch());
        assertThrows(IndexOutOfBoundsException.class, () -> dataset.batch(0, 2));
    }

    @Test
    void patchLargerThanFrameIsAConfigErrorNamingTheKey() {
        assertConfigError("patch-size = 96", "dataset.patch-size");
    }

    @Test
    void otherBadValuesAreConfigErrorsNamingTheirKeys() {
        assertConfigError("frames-per-video = 6", "dataset.frames-per-video"); // a clip spans 7 frames
        assertConfigError("patch-jitter-scale = [0.9, 0.7]", "dataset.patch-jitter-scale");
        assertConfigError("objects = [1.5, 3]", "dataset.objects");
        assertConfigError("speed = [1]", "dataset.speed");
        assertConfigError("patch-stride = 0.01", "dataset.patch-stride");
        assertConfigError("epoch-size = 4", "dataset.epoch-size");
        assertConfigError("clip-length = 1", "dataset.clip-length");
    }

    private static void assertConfigError(String overrides, String key) {
        ConfigError e = assertThrows(ConfigError.class, () -> Datasets.create(overrides, 0));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}

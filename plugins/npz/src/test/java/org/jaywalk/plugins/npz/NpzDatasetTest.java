package org.jaywalk.plugins.npz;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.spi.data.ClipShape;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.data.Dataset;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.framework.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzDatasetTest {

    @TempDir
    Path tmp;

    private static Dataset create(Object file) {
        NpzDatasetFactory factory = new NpzDatasetFactory();
        var block = ConfigFactory.parseMap(Map.of("file", file.toString()))
                .withFallback(ConfigFactory.parseString(factory.defaults())).resolve();
        return factory.create(new ComponentConfig("dataset", block, 0));
    }

    private Path write(String name, float[] values, int[] dims) {
        Path file = tmp.resolve(name + ".npz");
        long[] shape = java.util.Arrays.stream(dims).asLongStream().toArray();
        NpzArchive.write(file, Map.of(name, HostArray.ofFloats(shape, values)));
        return file;
    }

    private static float[] ramp(int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = i * 0.5f;
        }
        return v;
    }

    @Test
    void replaysBatchesOfAFileItWrote() {
        int[] dims = {3, 2, 2, 6, 4, 4}; // K=3 batches of B=2 clips, T=2, N=2, P=4
        float[] values = ramp(3 * 2 * 2 * 6 * 4 * 4);
        try (Dataset dataset = create(write("x", values, dims))) {
            assertEquals(new ClipShape(2, 2, 2, 4, 4), dataset.shape());
            assertEquals(3, dataset.batchesPerEpoch());
            int size = dataset.shape().batchElements();
            for (int k = 0; k < 3; k++) {
                Batch batch = dataset.batch(5, k);
                assertEquals(k * size * 0.5f, batch.data()[0]);
                assertEquals((k + 1) * size * 0.5f - 0.5f, batch.data()[size - 1]);
                assertArrayEquals(batch.data(), dataset.batch(0, k).data(), "same batch in every epoch");
            }
            assertThrows(IndexOutOfBoundsException.class, () -> dataset.batch(0, 3));
        }
    }

    @Test
    void replaysTheReferenceTrajectory() {
        Path file = SharedData.requireShared("reference/trajectory-adam.npz");
        try (Dataset dataset = create(file)) {
            assertEquals(new ClipShape(2, 4, 4, 32, 32), dataset.shape());
            assertEquals(4, dataset.batchesPerEpoch());
            float[] x2 = dataset.batch(0, 2).data();
            assertEquals(0.25180483f, x2[0]);
            double sum = 0;
            for (float v : x2) {
                sum += v;
            }
            assertEquals(14203.391977427062, sum, 1e-6 * Math.abs(sum));
            float[] x3 = dataset.batch(7, 3).data();
            assertEquals(-0.03633651f, x3[x3.length - 1]);
            // x[0, 1, 2, 5, 7, 9]
            float[] x0 = dataset.batch(1, 0).data();
            assertEquals(2.7718067f, x0[((1 * 4 + 2) * 12 + 5) * 32 * 32 + 7 * 32 + 9]);
        }
    }

    @Test
    void missingFileIsAConfigErrorNamingTheFile() {
        Path file = tmp.resolve("nope.npz");
        ConfigError e = assertThrows(ConfigError.class, () -> create(file));
        assertTrue(e.getMessage().contains("dataset.file") && e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void missingArrayIsAConfigErrorNamingTheFile() {
        Path file = write("y", ramp(2 * 2 * 2 * 3), new int[] {1, 1, 2, 3, 2, 2});
        ConfigError e = assertThrows(ConfigError.class, () -> create(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("no array `x`"), e.getMessage());
    }

    @Test
    void wrongRankIsAConfigErrorNamingTheFile() {
        Path file = write("x", ramp(24), new int[] {2, 3, 4});
        ConfigError e = assertThrows(ConfigError.class, () -> create(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("rank 6"), e.getMessage());
    }

    @Test
    void channelsNotAMultipleOfThreeIsAnError() {
        Path file = write("x", ramp(1 * 1 * 2 * 4 * 2 * 2), new int[] {1, 1, 2, 4, 2, 2});
        ConfigError e = assertThrows(ConfigError.class, () -> create(file));
        assertTrue(e.getMessage().contains("multiple of 3"), e.getMessage());
    }

    @Test
    void notAnNpzIsAnError() throws Exception {
        Path file = tmp.resolve("text.npz");
        Files.writeString(file, "not a zip");
        ConfigError e = assertThrows(ConfigError.class, () -> create(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}

package org.jaywalk.plugins.davis.jhmdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.spi.io.NpzArchive;
import org.jaywalk.plugins.davis.EvaluationContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole JHMDB evaluation on the generated set, with random weights; the MAT file round trip. */
class JhmdbEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void syntheticSetPropagatesScoresAndWritesTheTables() throws Exception {
        JhmdbEvaluatorFactory factory = new JhmdbEvaluatorFactory();
        EvaluationResult result = factory.create(EvaluationContexts.block(factory, """
                root = synthetic, crop-size = 64, video-len = 2
                synthetic { sequences = 2, frames = 4, width = 80, height = 60 }
                """)).evaluate(EvaluationContexts.randomWeights(dir));
        assertEquals("PCK@0.1", result.headline());
        for (double alpha : Pck.THRESHOLDS) {
            double pck = result.metrics().get("PCK@" + alpha);
            assertTrue(pck >= 0 && pck <= 100, alpha + ": " + pck);
        }
        assertTrue(result.metrics().containsKey("PCK@0.2/left-ankle"), result.metrics().keySet().toString());
        Map<String, HostArray> keypoints = NpzArchive.readAll(dir.resolve("keypoints.npz"));
        assertEquals(List.of("synthetic-1", "synthetic-2"), List.copyOf(keypoints.keySet()));
        assertArrayEquals(new long[] {2, 15, 4}, keypoints.get("synthetic-1").shape());
        assertEquals(6, Files.readAllLines(dir.resolve("pck.csv")).size());
        assertEquals(3, Files.readAllLines(dir.resolve("per-sequence_pck.csv")).size());
    }

    @Test
    void jhmdbNeedsACropAndARoot() {
        JhmdbEvaluatorFactory factory = new JhmdbEvaluatorFactory();
        ConfigError e = assertThrows(ConfigError.class, () -> factory.create(EvaluationContexts.block(factory, "")));
        assertTrue(e.getMessage().contains("evaluation.root"), e.getMessage());
        e = assertThrows(ConfigError.class, () -> factory.create(EvaluationContexts.block(factory,
                "root = synthetic, crop-size = -1")));
        assertTrue(e.getMessage().contains("evaluation.crop-size"), e.getMessage());
        e = assertThrows(ConfigError.class, () -> factory.create(EvaluationContexts.block(factory,
                "root = synthetic, long-mem = [3], video-len = 0")));
        assertTrue(e.getMessage().contains("evaluation.long-mem"), e.getMessage());
    }

    @Test
    void matFilesRoundTripInColumnMajorOrder() {
        Path file = dir.resolve("joint_positions.mat");
        double[] values = new double[2 * 3 * 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5 - 3;
        }
        MatFile.write(file, List.of(new MatArray("pos_img", new int[] {2, 3, 4}, values),
                new MatArray("scale", new int[] {1, 4}, new double[] {1, 2, 3, 4})));
        MatArray read = MatFile.read(file, "pos_img");
        assertArrayEquals(new int[] {2, 3, 4}, read.dimensions());
        assertArrayEquals(values, read.values());
        assertEquals(values[1 + 2 * (2 + 3 * 3)], read.get(1, 2, 3));
        assertEquals(List.of("pos_img", "scale"), List.copyOf(MatFile.read(file).keySet()));
    }
}

package org.jaywalk.plugins.davis.vip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.plugins.davis.EvaluationContexts;
import org.jaywalk.plugins.davis.LabelImage;
import org.jaywalk.plugins.davis.MaskPng;
import org.jaywalk.plugins.davis.PillowNearestResize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole VIP evaluation on the generated set with random weights; eval_vip.py's counting rules. */
class VipEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void syntheticSetPropagatesScoresAndWritesTheTables() throws Exception {
        VipEvaluatorFactory factory = new VipEvaluatorFactory();
        EvaluationResult result = factory.create(EvaluationContexts.block(factory, """
                root = synthetic, crop-size = 64, video-len = 2
                synthetic { videos = 2, frames = 3, width = 72, height = 64 }
                """)).evaluate(EvaluationContexts.randomWeights(dir));
        assertEquals("mIoU", result.headline());
        double miou = result.headlineValue();
        assertTrue(miou > 0 && miou <= 1, "mIoU " + miou);
        assertTrue(result.metrics().containsKey("IoU/left-shoe"), result.metrics().keySet().toString());
        LabelImage mask = MaskPng.read(dir.resolve("results/videos1/000000000002.png"));
        assertEquals("64x64", mask.sizeText());
        assertEquals(21, Files.readAllLines(dir.resolve("per-class.csv")).size());
        assertEquals(3, Files.readAllLines(dir.resolve("per-sequence_miou.csv")).size());
        assertEquals(21, Files.readAllLines(dir.resolve("confusion.csv")).size());
    }

    @Test
    void ignoredTruthIsNotCountedAndTheFlatIndexPlacesPredictions() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        LabelImage truth = new LabelImage(4, 1, new byte[] {0, 1, 2, (byte) 255});
        LabelImage predicted = new LabelImage(4, 1, new byte[] {0, 1, 1, 2});
        m.add(truth, predicted, "frame");
        assertEquals(1, m.count(0, 0));
        assertEquals(1, m.count(1, 1));
        assertEquals(1, m.count(2, 1));
        assertEquals((1.0 + 0.5 + 0.0) / 3, m.meanIou(), 1e-15);
        assertEquals(Double.NaN, new ConfusionMatrix(2).iou()[0], "never seen nor predicted: NaN");
    }

    @Test
    void pillowsNearestAccumulatesItsSourcePosition() {
        byte[] row = new byte[192];
        for (int i = 0; i < row.length; i++) {
            row[i] = (byte) i;
        }
        LabelImage resized = PillowNearestResize.resize(new LabelImage(192, 1, row), 160, 1);
        assertEquals(14, resized.label(12), "(12 + 0.5) * 1.2 = 15, accumulated just below it");
    }
}

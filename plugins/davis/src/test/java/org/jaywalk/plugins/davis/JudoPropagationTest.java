package org.jaywalk.plugins.davis;
import org.jaywalk.framework.testkit.FrameworkServices;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.testkit.SharedData;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a real 854x480 clip ({@code ../shared/data/judo}) with randomly initialized weights. */
class JudoPropagationTest {

    @TempDir
    Path out;

    @Test
    void propagatesTheFirstMaskThroughTheClip() throws Exception {
        Path judo = SharedData.requireShared("data/judo");
        List<Path> frames = DavisLayout.files(judo.resolve("JPEGImages"), ".jpg", "frames");
        Path mask = judo.resolve("Annotations/00000.png");
        SequencePropagation.Timing timing;
        try (SequencePropagation propagation = new SequencePropagation(FrameworkServices.testTimeFeatures(),
                new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")), (store, session) -> store.initialize(session, 7),
                new PropagationSettings(4, 10, 12, 0.05), SessionSettings.defaults())) {
            timing = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> propagation.run(frames, mask,
                    out.resolve("masks"), Overlays.images(out.resolve("overlays")), EvaluationProgress.SILENT));
        }
        System.out.println("judo, 16 frames: " + timing);

        assertEquals(16, timing.frames());
        LabelImage given = MaskPng.read(mask);
        assertArrayEquals(given.labels(), MaskPng.read(out.resolve("masks/00000.png")).labels());
        for (Path frame : frames) {
            String name = DavisLayout.stem(frame) + ".png";
            LabelImage m = MaskPng.read(out.resolve("masks").resolve(name));
            assertEquals(854, m.width());
            assertEquals(480, m.height());
            assertTrue(m.maxLabel() <= 1, name + " has label " + m.maxLabel());
            RgbFrame overlay = RgbFrame.read(out.resolve("overlays").resolve(name));
            assertEquals(854, overlay.width());
        }
        ImageReader gif = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.resolve("overlays.gif").toFile())) {
            gif.setInput(in);
            assertEquals(16, gif.getNumImages(true));
            assertEquals(427, gif.getWidth(0));
        } finally {
            gif.dispose();
        }
    }
}

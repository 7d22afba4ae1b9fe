package org.jaywalk.plugins.davis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jaywalk.framework.spi.ComponentConfig;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.spi.eval.EvaluationContext;
import org.jaywalk.framework.spi.eval.EvaluationProgress;
import org.jaywalk.framework.spi.eval.EvaluationResult;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.testkit.FrameworkServices;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole evaluation on a tiny synthetic DAVIS root, with randomly initialized weights. */
class DavisEvaluatorTest {

    @TempDir
    Path dir;

    private EvaluationContext context(Path out) {
        return new EvaluationContext(new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4")),
                FrameworkServices.testTimeFeatures().randomWeights(3),
                FrameworkServices.testTimeFeatures(), out, EvaluationProgress.SILENT,
                SessionSettings.defaults());
    }

    @Test
    void propagatesScoresAndWritesTheOfficialFiles() throws Exception {
        SyntheticDavis.write(dir.resolve("davis"), List.of("alpha", "beta"), 5, 64, 48);
        DavisEvaluator evaluator = new DavisEvaluator(dir.resolve("davis"), "val", List.of(),
                new PropagationSettings(3, 5, 4, 0.05), Overlays.images(null));
        EvaluationResult result = evaluator.evaluate(context(dir.resolve("run")));

        assertEquals("J&F-Mean", result.headline());
        assertEquals(MetricsReport.GLOBAL_COLUMNS, List.copyOf(result.metrics().keySet()));
        double jf = result.headlineValue();
        assertTrue(jf >= 0 && jf <= 1, "J&F " + jf);
        for (String seq : List.of("alpha", "beta")) {
            for (int t = 0; t < 5; t++) {
                String name = String.format("%05d.png", t);
                assertTrue(Files.isRegularFile(dir.resolve("run/results").resolve(seq).resolve(name)), seq + "/" + name);
                assertTrue(Files.isRegularFile(dir.resolve("run/overlays").resolve(seq).resolve(name)), seq + "/" + name);
            }
        }
        List<String> perObject = Files.readAllLines(dir.resolve("run/per-sequence_results-val.csv"));
        assertEquals(List.of("Sequence,J-Mean,F-Mean"), perObject.subList(0, 1));
        assertEquals(5, perObject.size()); // two objects per sequence
        assertTrue(perObject.get(1).startsWith("alpha_1,"));
        assertEquals(Files.readString(dir.resolve("run/global_results-val.csv")),
                Files.readString(dir.resolve("run/metrics.csv")));
    }

    @Test
    void aMissingFirstMaskFailsNamingItAndKeepsEarlierSequences() throws Exception {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha", "beta"), 3, 64, 48);
        Path missing = davis.annotationFolder("beta").resolve("00000.png");
        Files.delete(missing);
        DavisEvaluator evaluator = new DavisEvaluator(dir.resolve("davis"), "val", List.of(),
                new PropagationSettings(2, 5, 4, 0.05), Overlays.none());
        DavisDataException e = assertThrows(DavisDataException.class, () -> evaluator.evaluate(context(dir.resolve("run"))));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(Files.isRegularFile(dir.resolve("run/results/alpha/00002.png")));
    }

    @Test
    void framesOfAnotherSizeAreAnErrorNamingTheFile() throws Exception {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 3, 64, 48);
        SyntheticDavis.write(dir.resolve("other"), List.of("alpha"), 3, 72, 48);
        Path odd = davis.frameFolder("alpha").resolve("00002.jpg");
        Files.copy(new DavisLayout(dir.resolve("other")).frameFolder("alpha").resolve("00002.jpg"), odd,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DavisEvaluator evaluator = new DavisEvaluator(dir.resolve("davis"), "val", List.of(),
                new PropagationSettings(2, 5, 4, 0.05), Overlays.none());
        DavisDataException e = assertThrows(DavisDataException.class, () -> evaluator.evaluate(context(dir.resolve("run"))));
        assertTrue(e.getMessage().contains(odd.toString()) && e.getMessage().contains("72x48"), e.getMessage());
    }

    @Test
    void anEmptySequenceFolderIsAnError() throws Exception {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 2, 64, 48);
        try (var files = Files.list(davis.frameFolder("alpha"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        DavisEvaluator evaluator = new DavisEvaluator(dir.resolve("davis"), "val", List.of(),
                PropagationSettings.DAVIS, Overlays.none());
        DavisDataException e = assertThrows(DavisDataException.class, () -> evaluator.evaluate(context(dir.resolve("run"))));
        assertTrue(e.getMessage().contains(davis.frameFolder("alpha").toString()) && e.getMessage().contains("no .jpg"),
                e.getMessage());
    }

    @Test
    void factoryReadsItsBlockAndRequiresTheRoot() {
        DavisEvaluatorFactory factory = new DavisEvaluatorFactory();
        Config defaults = ConfigFactory.parseString(factory.defaults());
        ConfigError e = assertThrows(ConfigError.class,
                () -> factory.create(new ComponentConfig("eval.evaluator", defaults, 0)));
        assertTrue(e.getMessage().contains("eval.evaluator.root"), e.getMessage());
        Config block = ConfigFactory.parseString("root = /data/davis, radius = 0").withFallback(defaults);
        e = assertThrows(ConfigError.class, () -> factory.create(new ComponentConfig("eval.evaluator", block, 0)));
        assertTrue(e.getMessage().contains("eval.evaluator.radius must be a finite number greater than 0"), e.getMessage());
        Config limit = ConfigFactory.parseString("root = /data/davis, memory-limit = lots").withFallback(defaults);
        e = assertThrows(ConfigError.class, () -> factory.create(new ComponentConfig("eval.evaluator", limit, 0)));
        assertTrue(e.getMessage().startsWith("eval.evaluator.memory-limit must be a size such as 16G, or auto"),
                e.getMessage());
        Config ok = ConfigFactory.parseString("root = /data/davis").withFallback(defaults);
        assertInstanceOf(DavisEvaluator.class, factory.create(new ComponentConfig("eval.evaluator", ok, 0)));
    }

    @Test
    void videoTrueWritesEachSequenceAsAnMp4AtTheGivenFrameRate() throws Exception {
        DavisEvaluatorFactory factory = new DavisEvaluatorFactory();
        Config block = ConfigFactory.parseString("""
                root = synthetic, video-len = 2, overlays = false, video = true, fps = 6
                synthetic { sequences = 2, frames = 3, width = 40, height = 33 }
                """).withFallback(ConfigFactory.parseString(factory.defaults()));
        factory.create(new ComponentConfig("evaluation", block, 0)).evaluate(context(dir.resolve("run")));
        for (String sequence : List.of("synthetic-1", "synthetic-2")) {
            DecodedVideo video = DecodedVideo.read(dir.resolve("run/overlays").resolve(sequence + ".mp4"));
            assertEquals(List.of(40, 34, 3), List.of(video.width(), video.height(), video.frames()), sequence);
            assertEquals(6.0, video.frameRate(), 1e-6);
        }
        assertFalse(Files.exists(dir.resolve("run/overlays/synthetic-1")), "overlays = false: no PNGs");
        assertFalse(Files.exists(dir.resolve("run/overlays/synthetic-1.gif")), "overlays = false: no GIF");
    }

    @Test
    void rootSyntheticGeneratesADeterministicSetUnderTheOutputFolder() throws Exception {
        DavisEvaluatorFactory factory = new DavisEvaluatorFactory();
        Config block = ConfigFactory.parseString("""
                root = synthetic, video-len = 2, overlays = false
                synthetic { sequences = 1, frames = 4, width = 48, height = 32 }
                """).withFallback(ConfigFactory.parseString(factory.defaults()));
        EvaluationResult result = factory.create(new ComponentConfig("evaluation", block, 0)).evaluate(context(dir.resolve("a")));
        double jf = result.headlineValue();
        assertTrue(jf >= 0 && jf <= 1, "J&F " + jf);
        DavisLayout davis = new DavisLayout(dir.resolve("a").resolve(SyntheticDavis.FOLDER));
        assertEquals(List.of("synthetic-1"), davis.sequences("val"));
        assertEquals(4, davis.frames("synthetic-1").size());
        new SyntheticDavis(1, 4, 48, 32).prepare(dir.resolve("b"));
        Path mask = Path.of(SyntheticDavis.FOLDER, "Annotations/480p/synthetic-1/00003.png");
        assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(mask), dir.resolve("b").resolve(mask)), "deterministic");
    }
}

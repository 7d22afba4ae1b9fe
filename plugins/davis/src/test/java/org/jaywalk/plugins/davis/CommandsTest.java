package org.jaywalk.plugins.davis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import javax.imageio.ImageIO;
import org.jaywalk.framework.spi.io.HostArray;
import org.jaywalk.framework.testkit.CheckpointFiles;
import org.jaywalk.framework.testkit.FrameworkServices;
import org.jaywalk.framework.testkit.SharedData;
import org.jaywalk.plugins.resnet.Padding;
import org.jaywalk.plugins.resnet.ResNetEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain entry points the CLI wires: davis-metrics, propagate, bench propagate. */
class CommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run capture(IntSupplier command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = command.getAsInt();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static ResNetEncoder encoder() {
        return new ResNetEncoder(18, Padding.REFLECT, Set.of("layer4"));
    }

    /** {@code propagate} with {@code checkpoint} on the sequence {@code alpha} of {@code davis} into {@code out}. */
    private static Run propagate(Path checkpoint, DavisLayout davis, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("--checkpoint", checkpoint.toString(),
                "--frames", davis.frameFolder("alpha").toString(), "--mask", davis.annotations("alpha").get(0).toString(),
                "--out", out.toString()));
        args.addAll(List.of(options));
        return capture(() -> PropagateCommand.run(encoder(), FrameworkServices.testTimeFeatures(), args.toArray(String[]::new)));
    }

    @Test
    void davisMetricsScoresTheGroundTruthAsPerfect() throws Exception {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 4, 40, 32);
        Path results = dir.resolve("results");
        for (Path gt : davis.annotations("alpha")) {
            Files.createDirectories(results.resolve("alpha"));
            Files.copy(gt, results.resolve("alpha").resolve(gt.getFileName()));
        }
        Run run = capture(() -> DavisMetricsCommand.run("--davis", davis.root().toString(), "--results",
                results.toString(), "--out", dir.resolve("csv").toString()));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("J&F-Mean") && run.out().contains("1.000000"), run.out());
        assertEquals("J&F-Mean,J-Mean,J-Recall,J-Decay,F-Mean,F-Recall,F-Decay\n1.0,1.0,1.0,0.0,1.0,1.0,0.0\n",
                Files.readString(dir.resolve("csv/global_results-val.csv")));
    }

    @Test
    void davisMetricsReportsBadInputInOneLine() throws Exception {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 4, 40, 32);
        Run run = capture(() -> DavisMetricsCommand.run("--davis", davis.root().toString(), "--results",
                dir.resolve("none").toString()));
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("error: prediction ") && run.err().contains("00001.png"), run.err());
    }

    @Test
    void propagateReadsAVideowalkCheckpoint() {
        Path pth = SharedData.requireShared("reference/crw-resnet18.pth");
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 3, 40, 32);
        Path out = dir.resolve("out");
        Run run = propagate(pth, davis, out, "--video-len", "2", "--topk", "5");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("propagated 3 frames"), run.out());
        for (String name : List.of("00000.png", "00001.png", "00002.png")) {
            assertTrue(Files.isRegularFile(out.resolve(name)) && Files.isRegularFile(out.resolve("overlays").resolve(name)));
        }
    }

    @Test
    void propagateTakesTestPyOptionsAndTexture() {
        Path pth = SharedData.requireShared("reference/crw-resnet18.pth");
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 3, 40, 32);
        Path out = dir.resolve("out");
        Run run = propagate(pth, davis, out, "--video-len", "2", "--topk", "5", "--crop-size", "48", "--long-mem", "0,1",
                "--no-l2", "--norm-mask", "--texture", "--no-overlays");
        assertEquals(0, run.code(), run.err());
        LabelImage first = MaskPng.read(out.resolve("00000.png"));
        assertEquals("40x32", first.sizeText(), "masks at the frame size");
        assertTrue(first.maxLabel() > 2 && first.maxLabel() <= 10, "stripes, not the 2 objects: " + first.maxLabel());
    }

    @Test
    void propagateWritesAnH264VideoOfTheOverlaysPaddedToEvenSizes() throws Exception {
        Path pth = SharedData.requireShared("reference/crw-resnet18.pth");
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 4, 41, 31);
        Path out = dir.resolve("out");
        Run run = propagate(pth, davis, out, "--video-len", "2", "--topk", "5", "--video", "--fps", "5", "--no-overlays");
        assertEquals(0, run.code(), run.err());
        DecodedVideo video = DecodedVideo.read(out.resolve("overlays.mp4"));
        assertEquals(org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264, video.codec(), "H.264");
        assertEquals(List.of(42, 32), List.of(video.width(), video.height()), "41x31 padded by one pixel each way");
        assertEquals(4, video.frames());
        assertEquals(5.0, video.frameRate(), 1e-6);
        RgbFrame overlay0 = RgbFrame.of(Overlay.blend(RgbFrame.read(davis.frameFolder("alpha").resolve("00000.jpg")),
                MaskPng.read(davis.annotations("alpha").get(0))));
        assertTrue(video.firstFrameDifference(overlay0) < 12, "frame 0 shows the first overlay: mean difference "
                + video.firstFrameDifference(overlay0));
        assertTrue(!Files.exists(out.resolve("overlays")) && !Files.exists(out.resolve("overlays.gif")), "--no-overlays");
    }

    @Test
    void propagateReportsAFrameOfAnotherSizeReadAhead() throws Exception {
        Path pth = SharedData.requireShared("reference/crw-resnet18.pth");
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 4, 40, 32);
        Path odd = davis.frameFolder("alpha").resolve("00002.jpg");
        ImageIO.write(new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB), "jpg", odd.toFile());
        Path out = dir.resolve("out");
        Run run = propagate(pth, davis, out, "--topk", "5");
        assertEquals(1, run.code());
        assertTrue(run.err().contains(odd.toString()) && run.err().contains("one size"), run.err());
        // the frames before it were propagated and written
        assertTrue(Files.isRegularFile(out.resolve("00001.png")) && Files.isRegularFile(out.resolve("overlays/00001.png")));
    }

    @Test
    void propagateRejectsWeightsThatDoNotFit() {
        Path checkpoint = dir.resolve("tiny.ckpt");
        CheckpointFiles.write(checkpoint, Map.of("encoder.model.conv1.weight", HostArray.ofFloats(new long[] {1}, 0f)));
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 2, 40, 32);
        Run run = propagate(checkpoint, davis, dir.resolve("out"), "--topk", "5");
        assertEquals(1, run.code());
        assertTrue(run.err().contains(checkpoint.toString()) && run.err().contains("missing")
                && run.err().contains("another shape"), run.err());
    }

    @Test
    void propagateStopsBeforeItNeedsMoreMemoryThanItMayUse() {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 2, 40, 32);
        Path out = dir.resolve("out");
        Path checkpoint = CheckpointFiles.write(dir.resolve("unused.ckpt"),
                Map.of("encoder.model.conv1.weight", HostArray.ofFloats(new long[] {1}, 0f)));
        Run run = capture(() -> PropagateCommand.run(encoder(), FrameworkServices.testTimeFeatures(),
                "--checkpoint", checkpoint.toString(), "--frames", davis.frameFolder("alpha").toString(),
                "--mask", davis.annotations("alpha").get(0).toString(), "--out", out.toString(),
                "--memory-limit", "100M"));
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: propagating 40x32 frames with --video-len 20 needs about "), run.err());
        assertTrue(run.err().contains("more than the memory limit of 100.0 MiB (--memory-limit)"), run.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    @Test
    void benchPropagatePrintsTimingsAndMemory() {
        DavisLayout davis = SyntheticDavis.write(dir.resolve("davis"), List.of("alpha"), 3, 40, 32);
        Run run = capture(() -> BenchPropagateCommand.run(encoder(), FrameworkServices.testTimeFeatures(),
                "--frames", davis.frameFolder("alpha").toString(),
                "--mask", davis.annotations("alpha").get(0).toString(), "--topk", "5"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("features") && run.out().contains("peak memory"), run.out());
    }
}

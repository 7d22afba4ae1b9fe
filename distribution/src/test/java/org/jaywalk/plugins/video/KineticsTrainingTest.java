package org.jaywalk.plugins.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jaywalk.framework.cli.JaywalkCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code experiments/crw-kinetics.conf} trains end to end on a folder of real-format videos (class folders
 * of MPEG-4 and H.264 files, one broken file), shrunk by overrides to a few small steps.
 */
@Timeout(300)
class KineticsTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theRecipeTrainsOnAFolderOfVideos() throws IOException {
        Path root = dir.resolve("kinetics");
        TestVideos.write(root.resolve("juggling/a.mp4"), 120, 90, 30, 60, TestVideos.MPEG4);
        TestVideos.write(root.resolve("juggling/b.mp4"), 120, 90, 25, 50, TestVideos.H264);
        TestVideos.write(root.resolve("surfing/c.mp4"), 96, 72, 30, 45, TestVideos.MPEG4);
        TestVideos.randomBytes(root.resolve("surfing/broken.mp4"), 4_000, 1);
        Path recipe = Path.of(System.getProperty("jaywalk.project.root", "..")).resolve("experiments/crw-kinetics.conf");
        List<String> args = List.of("train", recipe.toString(),
                "dataset.root=\"" + root + "\"", "dataset.cache-dir=\"" + dir.resolve("cache") + "\"",
                "dataset.batch-size=2", "dataset.img-size=64", "dataset.patch-size=32", "dataset.workers=2",
                "model.encoder.remove-layers=[layer3, layer4]", "train.max-steps=2", "train.log-every=1",
                "experiment.output-dir=\"" + dir.resolve("runs") + "\"", "experiment.run-name=test");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JaywalkCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        Path run = dir.resolve("runs/crw-kinetics/test");
        assertEquals(2, Files.readAllLines(run.resolve("metrics.jsonl")).size());
        assertTrue(Files.list(run.resolve("checkpoints")).anyMatch(p -> p.toString().endsWith(".ckpt")));
    }
}

package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.sweep.HParamsSummaries.HParam;
import org.jaywalk.framework.sweep.HParamsSummaries.Type;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testkit.EventFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How swept settings become TensorBoard hyperparameters, and which summaries land in which file. */
class SweepHParamsTest {

    @TempDir
    Path dir;

    private SweepManifest manifest(String sweep) throws IOException {
        Path file = Files.writeString(dir.resolve("s.conf"), "include file(\"" + Experiments.tiny() + "\")\n"
                + "sweep { output-dir = \"" + dir.resolve("runs") + "\", " + sweep + " }\n");
        return SweepManifest.create(SweepFile.read(file));
    }

    private static Value number(double v) {
        return Value.newBuilder().setNumberValue(v).build();
    }

    private static Value text(String v) {
        return Value.newBuilder().setStringValue(v).build();
    }

    @Test
    void numbersRangeOverAnIntervalAndOtherKeysOverTheirValues() throws IOException {
        SweepManifest m = manifest("""
                explicit = [
                  { "walk.temperature" = 0.05, "walk.type" = palindrome, "train.shuffle" = true, "dataset.clip-length" = 4 }
                  { "walk.temperature" = 0.2, "walk.type" = flip, "train.shuffle" = false, "dataset.clip-length" = hot }
                  { "walk.temperature" = 0.1, "model.encoder.remove-layers" = [layer4] }
                ]
                """);
        SweepHParams hparams = SweepHParams.of(m);
        assertEquals(List.of(
                new HParam("dataset.clip-length", Type.STRING, List.of(text("4"), text("hot")), 0, 0),
                new HParam("model.encoder.remove-layers", Type.STRING, List.of(text("[\"layer4\"]")), 0, 0),
                new HParam("train.shuffle", Type.BOOL, List.of(Value.newBuilder().setBoolValue(false).build(),
                        Value.newBuilder().setBoolValue(true).build()), 0, 0),
                new HParam("walk.temperature", Type.FLOAT64, List.of(), 0.05, 0.2),
                new HParam("walk.type", Type.STRING, List.of(text("flip"), text("palindrome")), 0, 0)), hparams.hparams());
        assertEquals(Map.of("dataset.clip-length", text("4"), "walk.temperature", number(0.05), "walk.type", text("palindrome"),
                "train.shuffle", Value.newBuilder().setBoolValue(true).build()), hparams.values(m.points().get(0)));
        assertEquals(Map.of("walk.temperature", number(0.1), "model.encoder.remove-layers", text("[\"layer4\"]")),
                hparams.values(m.points().get(2)), "a key a point does not set is left out");
    }

    @Test
    void theExperimentIsWrittenOnceAPointIsDoneAndSessionsEndWithTheirMetrics() throws IOException {
        SweepManifest m = manifest("grid { \"walk.temperature\" = [0.05, 0.1] }");
        SweepLayout layout = new SweepLayout(dir.resolve("runs/s"));
        Files.createDirectories(layout.dir());
        SweepHParams.of(m).writeExperiment(layout);
        assertFalse(Files.exists(layout.dir().resolve(SweepHParams.FILE)), "no metrics known before a point is done");

        Path run = Files.createDirectories(layout.pointDir("temperature=0.05"));
        SweepHParams.of(m).startSession(run, m.points().get(0), Instant.ofEpochSecond(100));
        SweepHParams.endSession(run, Map.of("step", 9.0, "epoch", 1.0, "loss", 1.5, "eval:J&F-Mean", 0.25), true,
                Instant.ofEpochSecond(200));
        Path events = run.resolve(SweepHParams.FILE);
        assertEquals(List.of(HParamsSummaries.SESSION_START_TAG, HParamsSummaries.SESSION_END_TAG),
                EventFiles.pluginSummaries(events).stream().map(EventFiles.PluginSummary::tag).toList());
        assertEquals(Map.of("final/loss", List.of(new EventFiles.Point(9, 1.5f)),
                "final/eval:J&F-Mean", List.of(new EventFiles.Point(9, 0.25f))), EventFiles.scalars(events));

        Path failed = Files.createDirectories(layout.pointDir("temperature=0.1"));
        SweepHParams.of(m).startSession(failed, m.points().get(1), Instant.ofEpochSecond(100));
        SweepHParams.endSession(failed, Map.of(), false, Instant.ofEpochSecond(150));
        List<EventFiles.PluginSummary> failedSession = EventFiles.pluginSummaries(failed.resolve(SweepHParams.FILE));
        UnknownFieldSet end = UnknownFieldSet.parseFrom(UnknownFieldSet.parseFrom(failedSession.get(1).content())
                .getField(4).getLengthDelimitedList().get(0));
        assertEquals(List.of(2L), end.getField(1).getVarintList(), "STATUS_FAILURE");
        assertEquals(Map.of(), EventFiles.scalars(failed.resolve(SweepHParams.FILE)), "no metrics");

        SweepManifest done = m.with("temperature=0.05", p -> p.done(Map.of("step", 9.0, "loss", 1.5), Instant.now()));
        SweepHParams.of(done).writeExperiment(layout);
        List<EventFiles.PluginSummary> experiment = EventFiles.pluginSummaries(layout.dir().resolve(SweepHParams.FILE));
        assertEquals(1, experiment.size());
        assertEquals(HParamsSummaries.EXPERIMENT_TAG, experiment.get(0).tag());
        assertTrue(new String(experiment.get(0).content(), java.nio.charset.StandardCharsets.UTF_8).contains("final/loss"));
    }
}

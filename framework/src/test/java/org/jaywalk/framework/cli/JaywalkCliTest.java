package org.jaywalk.framework.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.FeatureGraph;
import org.jaywalk.framework.graph.SavedModelExport;
import org.jaywalk.framework.graph.StoredWeights;
import org.jaywalk.framework.io.PthCheckpoint;
import org.jaywalk.framework.io.PthReader;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.graph.HostTensors;
import org.jaywalk.framework.spi.graph.SessionSettings;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.LockHolder;
import org.jaywalk.framework.testing.PluginJars;
import org.jaywalk.framework.testing.ZipDamage;
import org.jaywalk.framework.testkit.FloatBits;
import org.jaywalk.framework.train.CheckpointStore;
import org.jaywalk.framework.train.LoadedCheckpoint;
import org.jaywalk.framework.train.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.types.TFloat32;

class JaywalkCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a command line printed and returned. */
    private record Outcome(int code, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void badConfigExitsWithUsageCodeAndOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.conf"), "include \"" + Experiments.tiny() + "\"\nwalk.steps = 3\n");
        Outcome o = run("train", bad.toString());
        assertEquals(ExitCodes.USAGE, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: unknown key walk.steps [" + bad + ": 2]"), o.err());
    }

    @Test
    void configAndTrainRunEveryComponentsChecksBeforeAnythingStarts() {
        String output = Experiments.outputDir(dir);
        Outcome config = run("config", Experiments.tiny().toString(), "loss={ type = scaled, factor = -1 }");
        assertEquals(ExitCodes.USAGE, config.code());
        assertTrue(config.err().startsWith("error: loss.factor must be in ["), config.err());

        Outcome train = run("train", Experiments.tiny().toString(), output, "loss={ type = scaled, factor = -1 }");
        assertEquals(ExitCodes.USAGE, train.code());
        assertTrue(!Files.exists(dir.resolve("tiny")), "no run folder for a bad configuration");
    }

    @Test
    void noConfigurationErrorLeavesARunFolder() throws IOException {
        String tiny = Experiments.tiny().toString();
        List<List<String>> bad = List.of(List.of("walk.temprature=1"), List.of("train.max-steps=0"),
                List.of("experiment.name=\"../x\""), List.of("loss={ type = scaled, factor = -1 }"),
                List.of("model.init-from=\"" + dir.resolve("missing.ckpt") + "\"", "experiment.run-name=warm"),
                List.of("dataset.batch-size=3", "train.devices=2", "experiment.run-name=towers"));
        for (List<String> overrides : bad) {
            List<String> args = new ArrayList<>(List.of("train", tiny, Experiments.outputDir(dir)));
            args.addAll(overrides);
            Outcome o = run(args.toArray(String[]::new));
            assertTrue(o.code() != ExitCodes.OK, overrides + " was accepted");
            assertEquals(1, o.err().lines().count(), o.err());
            try (Stream<Path> left = Files.walk(dir)) {
                assertEquals(List.of(dir), left.toList(), overrides + " left a run folder");
            }
        }
    }

    @Test
    void aStartThatFailsLeavesNoRunFolder() throws IOException {
        Outcome o = run("train", Experiments.tiny().toString(), Experiments.outputDir(dir), "dataset.batch-size=3",
                "train.devices=2", "experiment.run-name=failed");
        assertTrue(o.code() != ExitCodes.OK && o.err().contains("multiple"), o.err());
        assertTrue(!Files.exists(dir.resolve("tiny/failed")), "the run folder made for it is gone");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Outcome o = run("config", dir.resolve("missing.conf").toString(), "--verbose");
        assertEquals(ExitCodes.USAGE, o.code());
        assertTrue(o.err().contains("at org.jaywalk.framework.config.ExperimentLoader"), o.err());
    }

    @Test
    void missingFileUnknownOverrideAndBadOptionAreUsageErrors() {
        Outcome missing = run("train", dir.resolve("nope.conf").toString());
        assertEquals(ExitCodes.USAGE, missing.code());
        assertEquals("error: experiment file not found: " + dir.resolve("nope.conf"), missing.err().strip());

        Outcome override = run("config", Experiments.tiny().toString(), "walk.temprature=1");
        assertEquals(ExitCodes.USAGE, override.code());
        assertTrue(override.err().contains("did you mean walk.temperature?"), override.err());

        Outcome option = run("train", Experiments.tiny().toString(), "--frobnicate");
        assertEquals(ExitCodes.USAGE, option.code());
        assertTrue(option.err().startsWith("error: Unknown option: '--frobnicate'"), option.err());
        assertTrue(option.err().contains("see 'jaywalk train --help'"), option.err());
    }

    @Test
    void pluginFoldersAddPluginsAndTheirSubcommands() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("hello.jar"), "ext.HelloPlugin", """
                package ext;
                import org.jaywalk.framework.spi.*;
                public class HelloPlugin implements JaywalkPlugin {
                    @picocli.CommandLine.Command(name = "hello")
                    public static class Hello implements Runnable {
                        @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
                        public void run() { spec.commandLine().getOut().println("hello from a plugin"); }
                    }
                    public String name() { return "hello"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() {
                        return new PluginModule() {
                            protected void configureComponents() { contributeCommand(context -> new Hello()); }
                        };
                    }
                }
                """);
        Outcome listed = run("plugins", "--json", "--plugins", plugins.toString());
        assertEquals(ExitCodes.OK, listed.code(), listed.err());
        JsonNode hello = JSON.readTree(listed.out()).get(1);
        assertEquals("hello", hello.get("name").asText());
        assertEquals(jar.toAbsolutePath().normalize().toString(), hello.get("origin").asText());

        Outcome said = run("--plugins", plugins.toString(), "hello");
        assertEquals(ExitCodes.OK, said.code(), said.err());
        assertEquals("hello from a plugin", said.out().strip());
    }

    @Test
    void jvmErrorsAreOneLineNamingWhereTheyHappened() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("broken.jar"), "ext.BrokenPlugin", """
                package ext;
                import org.jaywalk.framework.spi.*;
                public class BrokenPlugin implements JaywalkPlugin {
                    static class HeavyTable { static final long[] TABLE = new long[Integer.MAX_VALUE]; }
                    static class BadConstant { static final int VALUE = Integer.parseInt("x"); }
                    static int deeper(int n) { return n == Integer.MIN_VALUE ? n : deeper(n + 1) + 1; }
                    @picocli.CommandLine.Command(name = "broken")
                    public static class Broken implements java.util.concurrent.Callable<Integer> {
                        @picocli.CommandLine.Parameters String what;
                        public Integer call() {
                            switch (what) {
                                case "overflow": return deeper(0);
                                case "memory": return HeavyTable.TABLE.length;
                                case "init": return BadConstant.VALUE;
                                default: throw new AssertionError("internal check failed");
                            }
                        }
                    }
                    public String name() { return "broken"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() {
                        return new PluginModule() {
                            protected void configureComponents() { contributeCommand(context -> new Broken()); }
                        };
                    }
                }
                """);
        String origin = "(plugin jar " + jar.toAbsolutePath().normalize() + ")";
        Map<String, String> expected = Map.of(
                "overflow", "error: stack overflow in ext.BrokenPlugin.deeper " + origin + ": an input is nested too deeply",
                "memory", "error: out of memory (Requested array size exceeds VM limit) in ext.BrokenPlugin$HeavyTable"
                        + ".<clinit> " + origin + ": give Java more memory",
                "init", "error: class ext.BrokenPlugin$BadConstant " + origin + " failed to initialize:"
                        + " NumberFormatException: For input string: \"x\"",
                "other", "error: AssertionError: internal check failed in ext.BrokenPlugin$Broken.call " + origin);
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Outcome o = run("--plugins", plugins.toString(), "broken", e.getKey());
            assertEquals(ExitCodes.FAILURE, o.code(), o.err());
            assertEquals(1, o.err().lines().count(), o.err());
            assertTrue(o.err().startsWith(e.getValue()), o.err());
        }
        Outcome verbose = run("--verbose", "--plugins", plugins.toString(), "broken", "overflow");
        assertTrue(verbose.err().contains("java.lang.StackOverflowError"), verbose.err().lines().findFirst().orElse(""));
    }

    @Test
    void aPluginWhoseStaticInitializerFailsIsNamed() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("greedy.jar"), "ext.GreedyPlugin", """
                package ext;
                import org.jaywalk.framework.spi.*;
                public class GreedyPlugin implements JaywalkPlugin {
                    static { if (Boolean.TRUE) { throw new OutOfMemoryError("Java heap space"); } }
                    public String name() { return "greedy"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() { return new PluginModule() { protected void configureComponents() { } }; }
                }
                """);
        Outcome o = run("plugins", "--plugins", plugins.toString());
        assertEquals(ExitCodes.USAGE, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: cannot load a plugin from " + jar.toAbsolutePath().normalize()), o.err());
        assertTrue(o.err().contains("OutOfMemoryError: Java heap space"), o.err());
    }

    @Test
    void experimentChoosesWhichPluginProvidesANameSeveralRegister() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = PluginJars.build(plugins.resolve("rival.jar"), "ext.RivalPlugin", """
                package ext;
                import org.jaywalk.framework.spi.*;
                public class RivalPlugin implements JaywalkPlugin {
                    public String name() { return "rival"; }
                    public int apiVersion() { return API_VERSION; }
                    public com.google.inject.Module module() {
                        return new PluginModule() {
                            protected void configureComponents() {
                                register(ExtensionPoint.WALK, "pair", new WalkStrategyFactory() {
                                    public String defaults() { return "rival-key = 1"; }
                                    public WalkStrategy create(ComponentConfig c) { throw new IllegalStateException(); }
                                });
                            }
                        };
                    }
                }
                """);
        String tiny = Experiments.tiny().toString();
        Outcome conflict = run("config", tiny, "--plugins", plugins.toString());
        assertEquals(ExitCodes.USAGE, conflict.code());
        assertTrue(conflict.err().startsWith("error: the walk 'pair' is registered by 2 plugins: plugin 'test' (class path)"
                + " and plugin 'rival' (" + jar.toAbsolutePath().normalize() + ")"), conflict.err());

        Outcome preferTest = run("config", tiny, "--plugins", plugins.toString(), "plugins.prefer.walk.pair=test");
        assertEquals(ExitCodes.OK, preferTest.code(), preferTest.err());
        assertTrue(!preferTest.out().contains("rival-key"), preferTest.out());
        Outcome preferRival = run("config", tiny, "--plugins", plugins.toString(), "plugins.prefer.walk.pair=rival");
        assertTrue(preferRival.err().contains("valid keys of walk (type = pair): rival-key"), preferRival.err());

        Outcome folderKey = run("config", tiny, "plugins.folders=[\"" + plugins.toString().replace("\\", "/") + "\"]");
        assertEquals(ExitCodes.USAGE, folderKey.code(), folderKey.err());
        assertTrue(folderKey.err().contains("plugin 'rival'"), folderKey.err());

        Outcome listed = run("plugins", "--plugins", plugins.toString());
        assertEquals(ExitCodes.OK, listed.code(), listed.err());
        assertTrue(listed.err().startsWith("warning: the walk 'pair' is registered by 2 plugins"), listed.err());
    }

    @Test
    void configPrintsTheResolvedHocon() {
        Outcome o = run("config", Experiments.tiny().toString(), "walk.temperature=0.5");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        Config printed = ConfigFactory.parseString(o.out());
        assertEquals(0.5, printed.getDouble("walk.temperature"));
        assertEquals(8, printed.getInt("dataset.size"));
        assertEquals("runs", printed.getString("experiment.output-dir"));
    }

    @Test
    void pluginsListsOriginVersionAndNamesAsJson() throws IOException {
        Outcome o = run("plugins", "--json");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        JsonNode test = JSON.readTree(o.out()).get(0);
        assertEquals("test", test.get("name").asText());
        assertEquals("class path", test.get("origin").asText());
        assertEquals("dev", test.get("version").asText());
        assertEquals("pair", test.get("registers").get("walk").get(0).asText());

        Outcome text = run("plugins");
        assertTrue(text.out().startsWith("test dev (class path)"), text.out());
    }

    @Test
    void trainsResumesInspectsAndReportsTruncatedCheckpoints() throws IOException {
        String tiny = Experiments.tiny().toString();
        String output = Experiments.outputDir(dir);
        assertEquals(ExitCodes.OK, run("train", tiny, output, "experiment.run-name=cli", "train.max-steps=2").code());
        Outcome resumed = run("train", tiny, output, "train.max-steps=3", "--resume");
        assertEquals(ExitCodes.OK, resumed.code(), resumed.err());
        Path run = dir.resolve("tiny/cli");
        assertEquals(3, Files.readAllLines(run.resolve("metrics.jsonl")).size());

        Path checkpoint = run.resolve("checkpoints/step-00000003.ckpt");
        Outcome inspected = run("inspect", checkpoint.toString(), "--json");
        assertEquals(ExitCodes.OK, inspected.code(), inspected.err());
        assertEquals(3, JSON.readTree(inspected.out()).get("metadata").get("step").asInt());

        byte[] bytes = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, Arrays.copyOf(bytes, 100));
        Outcome truncated = run("train", tiny, output, "train.max-steps=4", "--resume", run.toString());
        assertEquals(ExitCodes.FAILURE, truncated.code());
        assertEquals(1, truncated.err().lines().count(), truncated.err());
        assertTrue(truncated.err().startsWith("error: checkpoint " + checkpoint + " is truncated or corrupt"), truncated.err());
    }

    @Test
    void aRunFolderIsTrainedByOneProcessAtATime() throws Exception {
        String tiny = Experiments.tiny().toString();
        String output = Experiments.outputDir(dir);
        Path run = trainedRun("locked", "train.max-steps=1");
        try (LockHolder other = LockHolder.start(run.resolve(RunFolder.LOCK_FILE))) {
            Outcome second = run("train", tiny, output, "train.max-steps=2", "--resume", run.toString());
            assertEquals(ExitCodes.USAGE, second.code());
            assertEquals(1, second.err().lines().count(), second.err());
            assertTrue(second.err().startsWith("error: run folder " + run + " is in use by jaywalk process "
                    + other.pid() + " "), second.err());
        }
        assertEquals(1, Files.readAllLines(run.resolve("metrics.jsonl")).size(), "the refused process trained nothing");
        assertEquals(ExitCodes.OK, run("train", tiny, output, "train.max-steps=2", "--resume", run.toString()).code());
    }

    @Test
    void aDamagedCheckpointNamesTheEntryAndTheCheckpointBeforeIt() throws IOException {
        String tiny = Experiments.tiny().toString();
        String output = Experiments.outputDir(dir);
        Path checkpoints = trainedRun("flip", "train.max-steps=3", "train.checkpoint-every=2").resolve("checkpoints");
        ZipDamage.flipLastByte(checkpoints.resolve("step-00000003.ckpt"), ".npy");

        Outcome resumed = run("train", tiny, output, "train.max-steps=4", "--resume", checkpoints.getParent().toString());
        assertEquals(ExitCodes.FAILURE, resumed.code());
        assertEquals(1, resumed.err().lines().count(), resumed.err());
        assertTrue(resumed.err().startsWith("error: checkpoint " + checkpoints.resolve("step-00000003.ckpt")
                + " is truncated or corrupt (entry "), resumed.err());
        assertTrue(resumed.err().contains(".npy fails its CRC-32 check"), resumed.err());
        assertTrue(resumed.err().strip().endsWith("deleting it makes --resume continue from the checkpoint before it, "
                + checkpoints.resolve("step-00000002.ckpt")), resumed.err());
    }

    @Test
    void aResumeWithChangedSettingsIsRefusedUnlessAllowedAndThenRecorded() throws IOException {
        String tiny = Experiments.tiny().toString();
        String output = Experiments.outputDir(dir);
        Path run = trainedRun("changed", "train.max-steps=2");

        Outcome refused = run("train", tiny, output, "train.max-steps=3", "walk.temperature=0.5", "optimizer.lr=0.2",
                "--resume", run.toString());
        assertEquals(ExitCodes.USAGE, refused.code());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("error: run folder " + run + " was trained to step 2 with other settings:"
                + " optimizer.lr (0.1 -> 0.2), walk.temperature (0.2 -> 0.5); resume with the settings it was trained"
                + " with, or add --allow-changes"), refused.err());
        assertEquals(2, Files.readAllLines(run.resolve("metrics.jsonl")).size(), "nothing trained");

        Outcome allowed = run("train", tiny, output, "train.max-steps=3", "walk.temperature=0.5", "optimizer.lr=0.2",
                "--resume", run.toString(), "--allow-changes");
        assertEquals(ExitCodes.OK, allowed.code(), allowed.err());
        assertEquals("resumed at step 2 with --allow-changes: optimizer.lr (0.1 -> 0.2), walk.temperature (0.2 -> 0.5)",
                Files.readString(run.resolve(RunFolder.CHANGES_FILE)).strip());
        assertEquals(0.5, ConfigFactory.parseFile(run.resolve("config.resumed-at-00000002.conf").toFile())
                .getDouble("walk.temperature"));

        Outcome same = run("train", tiny, output, "train.max-steps=4", "walk.temperature=0.5", "optimizer.lr=0.2",
                "--resume", run.toString());
        assertEquals(ExitCodes.OK, same.code(), "the newest checkpoint was trained with these: " + same.err());
    }

    @Test
    void exportsACheckpointAsAVideowalkPthAndASavedModel() throws IOException {
        String tiny = Experiments.tiny().toString();
        assertEquals(ExitCodes.OK, run("train", tiny, Experiments.outputDir(dir), "experiment.run-name=x",
                "train.max-steps=2").code());
        Path checkpoint = dir.resolve("tiny/x/checkpoints/step-00000002.ckpt");
        LoadedCheckpoint loaded = CheckpointStore.read(checkpoint);

        Path pth = dir.resolve("model.pth");
        Outcome exported = run("export", checkpoint.toString(), "--format", "videowalk-pth", "--out", pth.toString());
        assertEquals(ExitCodes.OK, exported.code(), exported.err());
        PthCheckpoint read = PthReader.read(pth);
        assertEquals("model", read.stateDictKey());
        assertEquals(List.of("encoder.weight", "encoder.bias"), List.copyOf(read.tensors().keySet()));
        read.tensors().forEach((name, t) -> assertArrayEquals(FloatBits.of(loaded.tensors().get(name).floats()),
                FloatBits.of(t.floats()), name));
        assertEquals(loaded.meta().position().epoch() - 1, read.metadata().get("epoch"));

        Path saved = dir.resolve("saved");
        Outcome savedModel = run("export", checkpoint.toString(), "--format", "savedmodel", "--out", saved.toString());
        assertEquals(ExitCodes.OK, savedModel.code(), savedModel.err());
        long[] shape = {2, 3, 5, 3};
        float[] frames = new float[90];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = (float) Math.sin(i);
        }
        ResolvedExperiment experiment = new ExperimentLoader(Experiments.registry()).load(Experiments.tiny(), List.of());
        float[] expected;
        try (FeatureGraph graph = FeatureGraph.open(Experiments.registry().create(ExtensionPoint.ENCODER, experiment),
                shape, StoredWeights.of(checkpoint, loaded.tensors())::assignTo, SessionSettings.defaults())) {
            expected = graph.run(frames).maps();
        }
        try (SavedModelBundle bundle = SavedModelBundle.load(saved.toString(), "serve");
             TFloat32 input = HostTensors.floats(shape, frames);
             Result result = bundle.call(Map.of(SavedModelExport.INPUT, input))) {
            assertArrayEquals(expected, HostTensors.toArray((TFloat32) result.get(SavedModelExport.MAPS).orElseThrow()),
                    1e-6f);
        }

        Outcome again = run("export", checkpoint.toString(), "--format", "savedmodel", "--out", saved.toString());
        assertEquals(ExitCodes.FAILURE, again.code());
        assertTrue(again.err().contains("SavedModel folder " + saved + " already exists"), again.err());
        Outcome unknown = run("export", checkpoint.toString(), "--format", "onnx", "--out", "x");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("unknown export format 'onnx'; formats: [videowalk-pth, savedmodel]"),
                unknown.err());
    }

    @Test
    void benchTrainPrintsOneJsonObject() throws IOException {
        Outcome o = run("bench", "train", Experiments.tiny().toString(), "--warmup", "1", "--steps", "2", "--json");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        JsonNode result = JSON.readTree(o.out());
        for (String field : List.of("clips_per_s", "s_per_step", "cpu_s_per_step", "steps", "warmup", "batch_size", "threads")) {
            assertTrue(result.has(field), field + " in " + result);
        }
        assertEquals(2, result.get("steps").asInt());
        assertEquals(2, result.get("batch_size").asInt());
        assertTrue(result.get("clips_per_s").asDouble() > 0);
    }

    @Test
    void benchPeakPrintsTheMatMulRate() throws IOException {
        Outcome o = run("bench", "peak", "--size", "64", "--runs", "2", "--json");
        assertEquals(ExitCodes.OK, o.code(), o.err());
        JsonNode result = JSON.readTree(o.out());
        assertEquals(64, result.get("size").asInt());
        assertTrue(result.get("gflops").asDouble() > 0, result.toString());
        assertEquals(ExitCodes.USAGE, run("bench", "peak", "--size", "0").code());
    }

    /** Trains {@code experiments/tiny.conf} into {@code <dir>/tiny/<name>} with {@code overrides}; returns that folder. */
    private Path trainedRun(String name, String... overrides) {
        List<String> args = new ArrayList<>(List.of("train", Experiments.tiny().toString(), Experiments.outputDir(dir),
                "experiment.run-name=" + name));
        args.addAll(List.of(overrides));
        Outcome trained = run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, trained.code(), trained.err());
        return dir.resolve("tiny").resolve(name);
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JaywalkCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void clusterTasksOtherThanTheChiefDoNotTrain() {
        String tiny = Experiments.tiny().toString();
        String workers = "train.cluster.workers=[\"127.0.0.1:1\",\"127.0.0.1:2\"]";
        Outcome train = run("train", tiny, workers, "train.cluster.task-index=1");
        assertEquals(ExitCodes.USAGE, train.code());
        assertTrue(train.err().contains("jaywalk worker EXPERIMENT train.cluster.task-index=1"), train.err());
        Outcome chief = run("worker", tiny, workers);
        assertEquals(ExitCodes.USAGE, chief.code());
        assertTrue(chief.err().contains("task-index = 0 is the chief"), chief.err());
        Outcome none = run("worker", tiny);
        assertEquals(ExitCodes.USAGE, none.code());
        assertTrue(none.err().contains("train.cluster.workers is empty"), none.err());
    }
}

package org.jaywalk.framework.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jaywalk.framework.graph.DeviceRequest;
import org.jaywalk.framework.io.WeightFormat;
import org.jaywalk.framework.spi.ExtensionPoint;
import org.jaywalk.framework.spi.config.ConfigError;
import org.jaywalk.framework.testing.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentLoaderTest {

    private static final String COMPLETE = """
            dataset { type = random }
            model {
              encoder { type = conv1x1 }
              head { type = meanpool }
            }
            walk { type = pair }
            loss { type = xent }
            optimizer { type = sgd }
            schedule { type = constant }
            """;

    private final ExperimentLoader loader = new ExperimentLoader(Experiments.registry());

    @TempDir
    Path dir;

    @Test
    void mergesIncludesOverridesAndDefaults() {
        ResolvedExperiment e = loader.load(Experiments.tiny(),
                List.of("walk.temperature=0.07", "train.max-steps=5", "dataset.nodes=3"));
        assertEquals(0.07, e.config().getDouble("walk.temperature"), "override beats the file");
        assertEquals(2, e.config().getInt("dataset.batch-size"), "from the included base file");
        assertEquals(3, e.config().getInt("dataset.nodes"), "override of a factory default");
        assertEquals(8, e.config().getInt("dataset.size"), "factory default");
        assertEquals(0.9, e.config().getDouble("optimizer.momentum"), "factory default");
        assertEquals("tiny", e.experiment().name(), "defaults to the file name");
        assertEquals(7, e.experiment().seed());
        assertEquals(Path.of("runs"), e.experiment().outputDir());
        assertEquals(Optional.empty(), e.experiment().runName());
        assertEquals(new TrainSettings(2, 5, 1, 2, 3, true, 0, 0, 2, new DeviceRequest.Default(), false, null, "auto", null, ""), e.train());
        assertEquals(Optional.empty(), e.initFrom());
        assertEquals("conv1x1", e.componentType(ExtensionPoint.ENCODER));
        assertEquals(0.07, e.component(ExtensionPoint.WALK).getDouble("temperature"));
    }

    @Test
    void initFromIsAFileOrABlockWithFormatAndOptimizer() {
        assertEquals(Optional.of(new InitFrom(Path.of("w.pth"), WeightFormat.AUTO, false)),
                loader.load(Experiments.tiny(), List.of("model.init-from=w.pth")).initFrom());
        assertEquals(Optional.of(new InitFrom(Path.of("r50.pth"), WeightFormat.MOCO, true)),
                loader.load(Experiments.tiny(), List.of("model.init-from={ file = r50.pth, format = MoCo, optimizer = true }"))
                        .initFrom());
        ConfigError format = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("model.init-from={ file = r.pth, format = caffe }")));
        assertContains(format, "model.init-from.format must be one of [auto, jaywalk, moco, torchvision, videowalk]",
                "got 'caffe'");
        ConfigError key = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("model.init-from={ file = r.pth, fromat = moco }")));
        assertContains(key, "unknown key model.init-from.fromat", "valid keys of model.init-from: [file, format, optimizer]");
        ConfigError file = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("model.init-from={ format = moco }")));
        assertContains(file, "missing required key model.init-from.file");
    }

    @Test
    void renderedConfigReadsBackToTheSameConfig() {
        ResolvedExperiment e = loader.load(Experiments.tiny(), List.of("experiment.run-name=r1"));
        assertEquals(e.config().root().unwrapped(), ConfigFactory.parseString(e.render()).root().unwrapped());
        assertEquals(e.config().root().unwrapped(), ConfigFactory.parseString(e.renderJson()).root().unwrapped());
        assertTrue(!e.render().contains("#"), "no comments");
    }

    @Test
    void overrideValuesAreHocon() {
        Overrides o = Overrides.parse(List.of("a.list=[layer4, layer3]", "a.n=0.07", "a.s=hello", "a.n=2", "+a.none=null"));
        assertEquals(List.of("layer4", "layer3"), o.asConfig().getStringList("a.list"));
        assertEquals(2, o.asConfig().getInt("a.n"), "the later override wins");
        assertEquals("hello", o.asConfig().getString("a.s"));
        assertTrue(o.asConfig().getIsNull("a.none"));
    }

    @Test
    void unknownTopLevelKeyNamesKeyLineAndSuggestion() throws IOException {
        Path file = write("top.conf", COMPLETE + "walks { steps = 2 }\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "unknown key walks", "top.conf: 10", "did you mean walk", "valid keys of the experiment");
    }

    @Test
    void unknownComponentKeyNamesFullKeyLineAndValidKeys() throws IOException {
        Path file = write("comp.conf", COMPLETE + "dataset {\n  bach-size = 3\n}\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "unknown key dataset.bach-size", "comp.conf: 11", "did you mean dataset.batch-size",
                "valid keys of dataset (type = random): batch-size, batches-per-epoch, frames, nodes, size, type");
    }

    @Test
    void unknownFrameworkKeyIsAnError() throws IOException {
        Path file = write("fw.conf", COMPLETE + "train.epoch = 3\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "unknown key train.epoch", "fw.conf: 10", "did you mean train.epochs");
    }

    @Test
    void missingTypeNamesTheBlock() throws IOException {
        Path file = write("notype.conf", COMPLETE.replace("loss { type = xent }", "loss { weight = 1 }"));
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "block loss", "notype.conf: 7", "has no type", "loss.type", "xent");
    }

    @Test
    void unknownTypeListsKnownNamesAndTheirPlugin() throws IOException {
        Path file = write("type.conf", COMPLETE.replace("conv1x1", "resnet5"));
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "model.encoder.type = resnet5", "type.conf: 3", "no encoder named 'resnet5'",
                "conv1x1 (plugin 'test' (class path))");
    }

    @Test
    void wrongValueTypeNamesKeyAndLine() throws IOException {
        Path file = write("mismatch.conf", COMPLETE + "dataset.batch-size = \"x\"\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "dataset.batch-size", "mismatch.conf: 10", "expected NUMBER", "got STRING");
    }

    @Test
    void numericStringsAreAcceptedForNumbers() throws IOException {
        Path file = write("numeric.conf", COMPLETE + "dataset.batch-size = \"3\"\n");
        assertEquals(3, loader.load(file, List.of()).component(ExtensionPoint.DATASET).getInt("batch-size"));
    }

    @Test
    void missingExperimentFileNamesThePath() {
        Path missing = dir.resolve("nope.conf");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(missing, List.of()));
        assertContains(e, "experiment file not found", missing.toString());
    }

    @Test
    void deeplyNestedConfigsAreOneErrorNamingTheFile() throws IOException {
        for (int depth : new int[] {ConfigDepth.MAX + 1, 3_000, 100_000}) {
            Path file = Files.writeString(dir.resolve("deep" + depth + ".conf"), COMPLETE + "x = "
                    + "{ a = ".repeat(depth) + "1" + " }".repeat(depth) + "\n");
            ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
            assertTrue(e.getMessage().startsWith("cannot parse " + file + ": ") && e.getMessage().contains("nested"),
                    e.getMessage());
        }
        for (String override : List.of("x=" + "[".repeat(100_000), "+x=" + "{a:".repeat(3_000) + "1" + "}".repeat(3_000),
                "+" + "a.".repeat(100_000) + "b=1")) {
            ConfigError e = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(), List.of(override)));
            assertTrue(e.getMessage().startsWith("override '" + override.substring(0, 10)) && e.getMessage().contains("nested"),
                    e.getMessage().substring(0, Math.min(300, e.getMessage().length())));
        }
    }

    @Test
    void anIncludeOfAMissingFileIsAnError() throws IOException {
        for (String include : List.of("include \"misspelled.conf\"", "include \"misspelled\"",
                "include file(\"misspelled.conf\")", "include required(\"misspelled.conf\")")) {
            Path file = Files.writeString(dir.resolve("exp.conf"), COMPLETE + include + "\n");
            ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()), include);
            assertTrue(e.getMessage().startsWith("cannot parse " + file + ": ") && e.getMessage().contains("misspelled"),
                    e.getMessage());
        }
        Files.writeString(dir.resolve("present.conf"), "walk.temperature = 0.3\n");
        Path file = Files.writeString(dir.resolve("exp.conf"), COMPLETE + "include \"present.conf\"\n");
        assertEquals(0.3, loader.load(file, List.of()).config().getDouble("walk.temperature"));
    }

    @Test
    void experimentAndRunNamesCannotLeaveTheOutputFolder() {
        for (String override : List.of("experiment.name=\"../../x\"", "experiment.name=\"a/b\"", "experiment.name=\"..\"",
                "experiment.run-name=\"../elsewhere\"", "experiment.run-name=\"/tmp/x\"", "experiment.run-name=\"a\\\\b\"",
                "experiment.name=\"\"")) {
            ConfigError e = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(), List.of(override)),
                    override);
            assertTrue(e.getMessage().startsWith("experiment." + override.substring(11, override.indexOf('='))
                    + " must be a plain folder name"), e.getMessage());
        }
        assertEquals("run.2", loader.load(Experiments.tiny(), List.of("experiment.run-name=run.2")).experiment()
                .runName().orElseThrow());
    }

    @Test
    void maxStepsIsAtLeastOneOrMinusOneForNoLimit() {
        for (String value : List.of("0", "-2")) {
            ConfigError e = assertThrows(ConfigError.class,
                    () -> loader.load(Experiments.tiny(), List.of("train.max-steps=" + value)).train());
            assertTrue(e.getMessage().startsWith("train.max-steps must be at least 1, or -1 for no limit, got " + value),
                    e.getMessage());
        }
        assertEquals(16, loader.load(Experiments.tiny(), List.of("train.max-steps=-1")).train().totalSteps(8));
        assertEquals(1, loader.load(Experiments.tiny(), List.of("train.max-steps=1")).train().totalSteps(8));
    }

    @Test
    void overrideOfUnknownKeySuggestsCloseOnes() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> loader.load(Experiments.tiny(), List.of("walk.temprature=0.3")));
        assertContains(e, "walk.temprature", "does not exist", "did you mean walk.temperature");
    }

    @Test
    void overrideWithoutEqualsIsAnError() {
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(), List.of("walk")));
        assertContains(e, "override 'walk' must look like key=value");
    }

    @Test
    void overrideOfTypeIsCheckedAgainstRegisteredNames() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> loader.load(Experiments.tiny(), List.of("schedule.type=cosine")));
        assertContains(e, "schedule.type = cosine", "command-line override", "constant (plugin 'test'");
    }

    @Test
    void theEvaluationBlockIsOptional() throws IOException {
        ResolvedExperiment e = loader.load(write("noeval.conf", COMPLETE), List.of());
        assertTrue(!e.has(ExtensionPoint.EVALUATOR));
        assertTrue(!e.config().hasPath("evaluation"), "no block appears when absent");
        assertTrue(e.has(ExtensionPoint.DATASET));
    }

    @Test
    void aPresentEvaluationBlockGetsItsFactoryDefaultsAndOverrides() throws IOException {
        ResolvedExperiment e = loader.load(write("eval.conf", COMPLETE + "evaluation { type = fixed }\n"),
                List.of("evaluation.score=0.25"));
        assertTrue(e.has(ExtensionPoint.EVALUATOR));
        assertEquals("fixed", e.componentType(ExtensionPoint.EVALUATOR));
        assertEquals(0.25, e.component(ExtensionPoint.EVALUATOR).getDouble("score"));
        assertEquals(0.5, loader.load(write("eval2.conf", COMPLETE + "evaluation.type = fixed\n"), List.of())
                .component(ExtensionPoint.EVALUATOR).getDouble("score"), "factory default");
        assertTrue(!loader.load(write("eval3.conf", COMPLETE + "evaluation.type = fixed\n"), List.of("evaluation=null"))
                .has(ExtensionPoint.EVALUATOR), "null disables the block");
    }

    @Test
    void anInvalidEvaluationBlockIsAnErrorNamingKeyAndLine() throws IOException {
        Path unknownKey = write("badeval.conf", COMPLETE + "evaluation {\n  type = fixed\n  scor = 1\n}\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(unknownKey, List.of()));
        assertContains(e, "unknown key evaluation.scor", "badeval.conf: 12", "did you mean evaluation.score");
        Path noType = write("notypeeval.conf", COMPLETE + "evaluation { score = 1 }\n");
        e = assertThrows(ConfigError.class, () -> loader.load(noType, List.of()));
        assertContains(e, "block evaluation", "has no type", "evaluation.type", "fixed");
        Path unknownType = write("typeeval.conf", COMPLETE + "evaluation { type = davis }\n");
        e = assertThrows(ConfigError.class, () -> loader.load(unknownType, List.of()));
        assertContains(e, "evaluation.type = davis", "typeeval.conf: 10", "no evaluator named 'davis'");
    }

    @Test
    void evaluationSeesTheEncoderWithTheEvalEncoderSettingsLaidOver() throws IOException {
        ResolvedExperiment e = loader.load(write("evalenc.conf", COMPLETE + "model.eval-encoder { channels = 6 }\n"),
                List.of());
        assertEquals(4, e.component(ExtensionPoint.ENCODER).getInt("channels"), "training keeps model.encoder");
        ResolvedExperiment forEval = e.forEvaluation();
        assertEquals(6, forEval.component(ExtensionPoint.ENCODER).getInt("channels"));
        assertEquals("conv1x1", forEval.componentType(ExtensionPoint.ENCODER));
        assertEquals(4, loader.load(write("noevalenc.conf", COMPLETE), List.of()).forEvaluation()
                .component(ExtensionPoint.ENCODER).getInt("channels"), "empty by default");
    }

    @Test
    void evalEncoderKeysMustBeKeysOfTheEncoder() throws IOException {
        Path file = write("badevalenc.conf", COMPLETE + "model.eval-encoder { chanels = 6 }\n");
        ConfigError e = assertThrows(ConfigError.class, () -> loader.load(file, List.of()));
        assertContains(e, "unknown key model.eval-encoder.chanels", "badevalenc.conf: 10", "channels");
        Path wrongType = write("typeevalenc.conf", COMPLETE + "model.eval-encoder { channels = [1] }\n");
        e = assertThrows(ConfigError.class, () -> loader.load(wrongType, List.of()));
        assertContains(e, "model.eval-encoder.channels", "wrong type");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertContains(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' should contain '" + part + "'");
        }
    }

    @Test
    void nestedComponentBlocksGetTheirFactoryDefaultsAndChecks() {
        ResolvedExperiment e = loader.load(Experiments.tiny(), List.of("loss={ type = scaled, factor = 2 }"));
        assertEquals("xent", e.config().getString("loss.inner.type"), "the wrapper's default inner loss");
        assertEquals(2.0, e.component(ExtensionPoint.LOSS).getDouble("factor"));

        ConfigError unknown = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("loss={ type = scaled, inner { type = xent, weight = 1 } }")));
        assertTrue(unknown.getMessage().contains("unknown key loss.inner.weight")
                && unknown.getMessage().contains("loss.inner (type = xent)"), unknown.getMessage());

        ConfigError badType = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("loss={ type = scaled, inner { type = xnet } }")));
        assertTrue(badType.getMessage().contains("loss.inner.type = xnet")
                && badType.getMessage().contains("did you mean"), badType.getMessage());
    }

    @Test
    void switchingANestedTypeStartsTheNestedBlockAfresh() throws IOException {
        Path file = Files.writeString(dir.resolve("nested.conf"), COMPLETE
                + "loss { type = scaled, inner { type = scaled, factor = 5 } }\n");
        ResolvedExperiment e = loader.load(file, List.of("loss.inner.type=xent"));
        assertEquals("xent", e.config().getString("loss.inner.type"));
        assertTrue(!e.config().hasPath("loss.inner.factor"), "the old inner type's keys are gone");
    }

    @Test
    void listBlocksMergeEachElementOverItsFactoryDefaults() {
        ResolvedExperiment e = loader.load(Experiments.tiny(),
                List.of("listeners=[{ type = recorder }, { type = recorder, every = 5 }]"));
        List<com.typesafe.config.ConfigObject> listeners = e.config().getObjectList("listeners").stream()
                .map(o -> (com.typesafe.config.ConfigObject) o).toList();
        assertEquals(2, listeners.size());
        assertEquals(1, e.components(ExtensionPoint.LISTENER).get(0).getInt("every"), "factory default");
        assertEquals(5, e.components(ExtensionPoint.LISTENER).get(1).getInt("every"));
        assertEquals("listeners[1]", e.components(ExtensionPoint.LISTENER).get(1).path());
        assertEquals(List.of(), loader.load(Experiments.tiny(), List.of()).components(ExtensionPoint.LISTENER));
    }

    @Test
    void listBlockElementsAreCheckedLikeBlocks() {
        ConfigError typo = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("listeners=[{ type = recorder, evry = 2 }]")));
        assertTrue(typo.getMessage().contains("unknown key listeners[0].evry")
                && typo.getMessage().contains("did you mean listeners[0].every"), typo.getMessage());
        ConfigError unknown = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("listeners=[{ type = recordr }]")));
        assertTrue(unknown.getMessage().contains("listeners[0].type = recordr")
                && unknown.getMessage().contains("recorder"), unknown.getMessage());
        ConfigError untyped = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("listeners=[{ every = 2 }]")));
        assertTrue(untyped.getMessage().contains("listeners[0]") && untyped.getMessage().contains("has no type"),
                untyped.getMessage());
        ConfigError notABlock = assertThrows(ConfigError.class, () -> loader.load(Experiments.tiny(),
                List.of("listeners=[recorder]")));
        assertTrue(notABlock.getMessage().contains("listeners[0]") && notABlock.getMessage().contains("block"),
                notABlock.getMessage());
    }
}

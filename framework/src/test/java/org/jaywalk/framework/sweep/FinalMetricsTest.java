package org.jaywalk.framework.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.assembly.CompositionRoot;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.eval.EvaluationMetricsFile;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.train.RunFolder;
import org.jaywalk.framework.train.TrainingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training with an {@code evaluation} block evaluates the final weights; a sweep reads those metrics back. */
class FinalMetricsTest {

    private static final ComponentRegistry REGISTRY = Experiments.registry();

    @TempDir
    Path runs;

    private TrainingReport train(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of(Experiments.outputDir(runs), "train.max-steps=2"));
        all.addAll(List.of(overrides));
        ResolvedExperiment experiment = new ExperimentLoader(REGISTRY).load(Experiments.tiny(), all);
        return CompositionRoot.trainer(REGISTRY, experiment,
                RunFolder.create(experiment.experiment(), Clock.systemUTC())).train();
    }

    @Test
    void trainingWithAnEvaluationBlockWritesTheEvaluationMetricsAndTheSweepReadsThem() throws Exception {
        TrainingReport report = train("experiment.run-name=e", "evaluation.type=fixed", "evaluation.score=0.75");
        assertEquals(0.75, report.evaluation().orElseThrow().headlineValue());
        Path metricsJson = report.runDir().resolve("eval").resolve(EvaluationMetricsFile.NAME);
        assertTrue(Files.isRegularFile(metricsJson));
        assertEquals(Map.of("score", 0.75), EvaluationMetricsFile.read(metricsJson));
        assertTrue(Files.readString(metricsJson).contains("step-"), "names the evaluated checkpoint");

        Map<String, Double> metrics = FinalMetrics.of(RunFolder.existing(report.runDir()));
        assertEquals(1.0, metrics.get("step"), "the last logged step");
        assertTrue(metrics.containsKey("loss"));
        assertEquals(0.75, metrics.get("eval:score"));
    }

    @Test
    void trainingWithoutAnEvaluationBlockDoesNotEvaluate() {
        TrainingReport report = train("experiment.run-name=n");
        assertTrue(report.evaluation().isEmpty());
        assertFalse(Files.exists(report.runDir().resolve("eval")));
        assertFalse(FinalMetrics.of(RunFolder.existing(report.runDir())).keySet().stream()
                .anyMatch(k -> k.startsWith("eval:")));
    }
}

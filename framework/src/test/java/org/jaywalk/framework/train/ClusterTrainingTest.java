package org.jaywalk.framework.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jaywalk.framework.config.ExperimentLoader;
import org.jaywalk.framework.config.ResolvedExperiment;
import org.jaywalk.framework.graph.StepRequest;
import org.jaywalk.framework.graph.StepResult;
import org.jaywalk.framework.graph.TrainingGraph;
import org.jaywalk.framework.plugin.ComponentRegistry;
import org.jaywalk.framework.spi.data.Batch;
import org.jaywalk.framework.testing.Experiments;
import org.jaywalk.framework.testing.WorkerProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train.cluster} across two processes on loopback: task 1 is a {@code jaywalk worker} in a second JVM,
 * task 0 (the chief) is this JVM. One training step with a tower on each task must give the loss and the
 * updated parameters of the same step with two local towers, and the loss of one tower.
 */
class ClusterTrainingTest {

    private static final ComponentRegistry REGISTRY = Experiments.registry();
    /** Dropout draws differ between one and two towers; without it every variant computes the same step. */
    private static final String NO_DROPOUT = "model.head.dropout=0";

    @TempDir
    Path dir;

    private record Step(double loss, Map<String, float[]> parameters, long opsOnTask1, long gradientOpsOnTask1) {
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stepOnTwoTasksEqualsTwoLocalTowers() throws Exception {
        List<Integer> ports = WorkerProcess.freePorts(2);
        String workers = "train.cluster.workers=[\"127.0.0.1:" + ports.get(0) + "\",\"127.0.0.1:" + ports.get(1) + "\"]";
        try (WorkerProcess worker = WorkerProcess.start(dir, List.of("worker", Experiments.tiny().toString(), workers,
                "train.cluster.task-index=1", NO_DROPOUT))) {
            String listening = worker.awaitLine("listening on", Duration.ofSeconds(60));
            assertTrue(listening.contains("task 1 of 2") && listening.contains("127.0.0.1:" + ports.get(1)), listening);

            long start = System.nanoTime();
            Step cluster = step(workers, "train.cluster.connect-timeout=30");
            System.out.printf("cluster step (build, connect, init, step, read) %.1f s%n", (System.nanoTime() - start) / 1e9);
            worker.assertAlive();
            Step twoTowers = stepInChildJvm("train.devices=2");
            Step oneTower = step();

            System.out.printf("loss cluster %.9f, two local towers %.9f, one tower %.9f; largest parameter difference "
                    + "to two towers %.3g, to one tower %.3g%n", cluster.loss(), twoTowers.loss(), oneTower.loss(),
                    largestDifference(twoTowers, cluster), largestDifference(oneTower, cluster));
            assertTrue(cluster.opsOnTask1() > 10, "the second tower runs on task 1: " + cluster.opsOnTask1() + " ops");
            assertTrue(cluster.gradientOpsOnTask1() > 10, "so does its backward pass: " + cluster.gradientOpsOnTask1());
            assertEquals(twoTowers.loss(), cluster.loss(), 1e-5);
            assertEquals(oneTower.loss(), cluster.loss(), 1e-5);
            assertEquals(twoTowers.parameters().keySet(), cluster.parameters().keySet());
            assertEquals(oneTower.parameters().keySet(), cluster.parameters().keySet());
            assertTrue(misses(twoTowers, cluster).isEmpty(), "updated parameters differ from two local towers: "
                    + misses(twoTowers, cluster));
            assertTrue(misses(oneTower, cluster).isEmpty(), "updated parameters differ from one tower: "
                    + misses(oneTower, cluster));
            assertTrue(!Arrays.equals(cluster.parameters().get("encoder.weight"), initial("encoder.weight")),
                    "the step updated the parameters");
        }
    }

    private static double largestDifference(Step expected, Step actual) {
        double largest = 0;
        for (Map.Entry<String, float[]> e : expected.parameters().entrySet()) {
            float[] got = actual.parameters().get(e.getKey());
            for (int i = 0; i < e.getValue().length; i++) {
                largest = Math.max(largest, Math.abs(e.getValue()[i] - got[i]));
            }
        }
        return largest;
    }

    /** The parameters that differ by more than 1e-5 somewhere, with their first difference. */
    private static List<String> misses(Step expected, Step actual) {
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, float[]> e : expected.parameters().entrySet()) {
            float[] want = e.getValue();
            float[] got = actual.parameters().get(e.getKey());
            for (int i = 0; i < want.length; i++) {
                if (Math.abs(want[i] - got[i]) > 1e-5) {
                    misses.add(e.getKey() + "[" + i + "]: " + got[i] + " vs " + want[i]);
                    break;
                }
            }
        }
        return misses;
    }

    /**
     * {@link #step} in a JVM of its own (with its own TensorFlow devices), with oneDNN as configured: the second
     * of two local towers reads the variables through {@code TowerVariableReads}, so a convolution plus bias add
     * no longer hangs there.
     */
    private Step stepInChildJvm(String... overrides) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClusterTrainingTest.class.getName()));
        command.addAll(Arrays.asList(overrides));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("local.err").toFile());
        Process process = builder.start();
        try {
            List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0,
                    "the local step failed: " + java.nio.file.Files.readString(dir.resolve("local.err")));
            double loss = Double.NaN;
            Map<String, float[]> parameters = new java.util.LinkedHashMap<>();
            for (String line : lines) {
                String[] parts = line.split(" ");
                if (parts[0].equals("loss")) {
                    loss = Double.parseDouble(parts[1]);
                } else if (parts[0].equals("parameter")) {
                    float[] values = new float[parts.length - 2];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = Float.parseFloat(parts[i + 2]);
                    }
                    parameters.put(parts[1], values);
                }
            }
            return new Step(loss, parameters, 0, 0);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Prints {@link #step} of the overrides in the arguments, for {@link #stepInChildJvm}. */
    public static void main(String[] overrides) {
        Step step = step(overrides);
        System.out.println("loss " + step.loss());
        step.parameters().forEach((name, values) -> {
            StringBuilder line = new StringBuilder("parameter ").append(name);
            for (float v : values) {
                line.append(' ').append(v);
            }
            System.out.println(line);
        });
        System.exit(0);
    }

    /** One training step from the seed-7 initialization on batch (0, 0), then every parameter. */
    private static Step step(String... overrides) {
        List<String> all = new ArrayList<>(Arrays.asList(overrides));
        all.add(NO_DROPOUT);
        ResolvedExperiment experiment = new ExperimentLoader(REGISTRY).load(Experiments.tiny(), all);
        try (TrainingComponents components = TrainingComponents.assemble(REGISTRY, experiment);
             TrainingGraph graph = components.buildGraph(experiment.train())) {
            graph.parameters().initialize(graph.session(), 7);
            Batch batch = components.dataset().batch(0, 0);
            StepResult result = graph.run(batch.data(), StepRequest.train(0.1, 7, 0));
            long onTask1 = 0;
            long gradientsOnTask1 = 0;
            for (var it = graph.session().graph().operations(); it.hasNext(); ) {
                var op = it.next();
                if (op.device().contains("/task:1/")) {
                    onTask1++;
                    gradientsOnTask1 += op.name().startsWith("gradients/") ? 1 : 0;
                }
            }
            return new Step(result.loss(), graph.parameters().read(graph.session(), null), onTask1, gradientsOnTask1);
        }
    }

    private static float[] initial(String name) {
        ResolvedExperiment experiment = new ExperimentLoader(REGISTRY).load(Experiments.tiny(), List.of(NO_DROPOUT));
        try (TrainingComponents components = TrainingComponents.assemble(REGISTRY, experiment);
             TrainingGraph graph = components.buildGraph(experiment.train())) {
            graph.parameters().initialize(graph.session(), 7);
            return graph.parameters().read(graph.session(), List.of(name)).get(name);
        }
    }
}
